"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { useToast } from "@/components/layout/use-toast";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountDeleteInputSchema } from "@/lib/schemas/discount-mutation";
import { useDiscountAction, useRecheckDiscount } from "./use-discount-action";

/**
 * Delete a code for good (`DELETE /api/discounts/{id}`). The admin types the code to confirm: the
 * button stays disabled until it matches exactly, case included. Once Recharge confirmed, the
 * discounts list opens with a notice; until then the dialog stays.
 */
export function DeleteDiscountDialog({
  discount,
  open,
  onOpenChange,
}: {
  discount: Discount;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const [typed, setTyped] = useState("");
  const [reason, setReason] = useState("");
  // A record without a code (the tolerant reader allows it) is confirmed by its id.
  const code = discount.code ?? String(discount.id);
  const mutation = useDiscountAction<unknown, null>(discount, {
    method: "DELETE",
    onSuccess: () => {
      toast.success(`Deleted discount code ${code}.`);
      router.push("/discounts");
    },
  });
  const form = validateWith(discountDeleteInputSchema, { reason }, mutation.error);
  const matches = typed === code;
  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${code}`}
      summary={
        <p>
          <strong className="font-mono">{code}</strong> is removed from Recharge and customers can no longer
          use it. This cannot be undone; to stop it for a while, disable it instead.
        </p>
      }
      confirmLabel="Delete code"
      pendingLabel="Deleting…"
      destructive
      canConfirm={form.valid && matches}
      // After Recharge confirmed, the dialog stays locked until the list has opened.
      pending={mutation.isPending || mutation.isSuccess}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={useRecheckDiscount(discount.id)}
      recheckLabel={`Re-check discount #${discount.id}`}
    >
      <div className="space-y-1.5">
        <Label htmlFor="delete-discount-code">
          Type <span className="font-mono">{code}</span> to confirm
        </Label>
        <Input
          id="delete-discount-code"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={typed && !matches ? true : undefined}
          aria-describedby="delete-discount-code-message"
          className="font-mono"
        />
        <p
          id="delete-discount-code-message"
          className={typed && !matches ? "text-destructive text-sm" : "text-muted-foreground text-xs"}
        >
          {typed && !matches
            ? "That is not the code yet (case matters)."
            : "Exactly as shown, case included."}
        </p>
      </div>
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
