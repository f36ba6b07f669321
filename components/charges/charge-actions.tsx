"use client";

import { lazyActionDialog } from "@/components/actions/lazy-action-dialog";
import { RecordActions } from "@/components/actions/record-actions";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { ChargeVerb } from "./charge-row-actions";

const OpenChargeAction = lazyActionDialog("charge", () =>
  import("./charge-action-dialogs").then((m) => m.chargeActionDialogs),
);

/** Opens one charge action's dialog (the charges table opens the one a row's menu asked for). */
export function ChargeActionDialog({
  charge,
  verb,
  onClose,
}: {
  charge: Charge;
  verb: ChargeVerb;
  onClose: () => void;
}) {
  return <OpenChargeAction record={charge} action={verb} onClose={onClose} />;
}

/** The charge page's Actions area: what this operator may do to the charge as it is now. */
export function ChargeActions({ charge }: { charge: Charge }) {
  return <RecordActions target="charge" record={charge} dialog={OpenChargeAction} />;
}
