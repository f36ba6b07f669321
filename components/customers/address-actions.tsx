"use client";

import { useId } from "react";
import { lazyActionDialog } from "@/components/actions/lazy-action-dialog";
import { RecordActions } from "@/components/actions/record-actions";
import type { Address } from "@/lib/recharge/schemas/address";

const OpenAddressAction = lazyActionDialog("address", () =>
  import("./address-action-dialogs").then((m) => m.addressActionDialogs),
);

/** An address card's Actions area, as on a charge's or subscription's page: what this operator may do. */
export function AddressActions({ address }: { address: Address }) {
  const headingId = useId();
  return (
    // A group, not a region: one landmark per card would crowd the page's landmark list.
    <div role="group" aria-labelledby={headingId} className="border-t pt-3">
      <h4 id={headingId} className="text-muted-foreground text-xs font-medium tracking-wide uppercase">
        <span className="sr-only">Address #{address.id} </span>Actions
      </h4>
      <div className="mt-2">
        <RecordActions target="address" record={address} dialog={OpenAddressAction} />
      </div>
    </div>
  );
}
