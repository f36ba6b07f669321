"use client";

import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { discountStatusLabel } from "./discount-status-badge";

/**
 * Disable a code (it stays, and can be enabled again) or enable a disabled one. The page shows the
 * status Recharge answered with, never the one asked for. A code whose status changed meanwhile is
 * refused by its catalog gate (the dialog's guard), not sent.
 */
export function SetDiscountStatusDialog({
  action: id,
  record: discount,
  onClose,
}: ActionDialogProps<"discount", "discount.disable" | "discount.enable">) {
  const code = discount.code ?? `discount #${discount.id}`;
  const action = useRecordAction(id, discount, {
    values: {},
    successMessage: (updated) => `${code} is now ${discountStatusLabel(updated.status)}.`,
    onClose,
  });
  const disabling = id === "discount.disable";
  return (
    <RecordActionDialog
      action={action}
      title={`${disabling ? "Disable" : "Enable"} ${code}`}
      summary={
        disabling ? (
          <p>
            Customers can no longer apply <strong className="font-mono">{code}</strong>. Nothing is deleted:
            an admin can enable it again.
          </p>
        ) : (
          <p>
            Customers can apply <strong className="font-mono">{code}</strong> again, within its dates and
            usage limits.
          </p>
        )
      }
      confirmLabel={disabling ? "Disable code" : "Enable code"}
      pendingLabel={disabling ? "Disabling…" : "Enabling…"}
    />
  );
}
