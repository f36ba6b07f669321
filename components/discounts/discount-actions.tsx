"use client";

import { lazyActionDialog } from "@/components/actions/lazy-action-dialog";
import { RecordActions } from "@/components/actions/record-actions";
import { useCan } from "@/components/auth/operator-context";
import { actionEntry } from "@/lib/actions/catalog";
import type { Discount } from "@/lib/recharge/schemas/discount";

const OpenDiscountAction = lazyActionDialog("discount", () =>
  import("./discount-action-dialogs").then((m) => m.discountActionDialogs),
);

// Every discount action needs the same permission; the catalog says which.
const writePermission = actionEntry("discount.update").permission;

/**
 * The discount page's actions (the catalog's, target `discount`): Edit links to the edit page;
 * Disable / Enable and Delete open one dialog each. An operator who may take none is told who may.
 */
export function DiscountActions({ discount }: { discount: Discount }) {
  const canWrite = useCan(writePermission);
  if (!canWrite) {
    return (
      <p className="text-muted-foreground text-sm" data-testid="discount-no-actions">
        Only admins can edit, disable or delete discount codes.
      </p>
    );
  }
  return <RecordActions target="discount" record={discount} dialog={OpenDiscountAction} />;
}
