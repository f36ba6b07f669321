"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { useToast } from "@/components/layout/use-toast";
import { discountQueries } from "@/lib/queries/discounts";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountStatusChangeSchema } from "@/lib/schemas/discount-form";
import { discountStatusLabel } from "./discount-status-badge";
import { useDiscountAction, useRecheckDiscount } from "./use-discount-action";

type Status = "enabled" | "disabled";

/**
 * Disable a code (it stays, and can be enabled again) or enable a disabled one: `PUT` of `status`
 * alone. The page shows the status Recharge answered with, never the one asked for.
 */
export function SetDiscountStatusDialog({
  discount,
  status,
  open,
  onOpenChange,
}: {
  discount: Discount;
  status: Status;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState("");
  const code = discount.code ?? `discount #${discount.id}`;
  const mutation = useDiscountAction<unknown, Discount>(discount, {
    method: "PUT",
    onSuccess: (updated) => {
      queryClient.setQueryData(discountQueries.keys.detail(discount.id), updated);
      toast.success(`${code} is now ${discountStatusLabel(updated.status)}.`);
      onOpenChange(false);
    },
  });
  const form = validateWith(discountStatusChangeSchema, { status, reason }, mutation.error);
  const disabling = status === "disabled";
  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
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
      destructive={disabling}
      canConfirm={form.valid}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={useRecheckDiscount(discount.id)}
      recheckLabel={`Re-check discount #${discount.id}`}
    >
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
