"use client";

import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountDialogVerb } from "./discount-action-rules";
import { DeleteDiscountDialog } from "./delete-discount-dialog";
import { SetDiscountStatusDialog } from "./set-discount-status-dialog";

/** Opens exactly one dialog; each opening mounts it afresh (new form, new Idempotency-Key). */
export function DiscountActionDialog({
  discount,
  verb,
  onClose,
}: {
  discount: Discount;
  verb: DiscountDialogVerb;
  onClose: () => void;
}) {
  const close = (open: boolean) => (open ? undefined : onClose());
  switch (verb) {
    case "delete":
      return <DeleteDiscountDialog discount={discount} open onOpenChange={close} />;
    case "disable":
    case "enable":
      return (
        <SetDiscountStatusDialog
          discount={discount}
          status={verb === "disable" ? "disabled" : "enabled"}
          open
          onOpenChange={close}
        />
      );
  }
}
