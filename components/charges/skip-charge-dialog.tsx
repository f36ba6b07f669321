"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { formatDate } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { skipChargeInputSchema, unskipChargeInputSchema } from "@/lib/schemas/charge-actions";
import { LineItemPicker } from "./line-item-picker";
import { useChargeAction, useRecheckCharge } from "./use-charge-action";

interface SkipDialogProps {
  charge: Charge;
  mode: "skip" | "unskip";
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Skip a queued charge (or put a skipped one back), for all of its items or some. */
export function SkipChargeDialog({ charge, mode, open, onOpenChange }: SkipDialogProps) {
  const [selected, setSelected] = useState(() => charge.line_items.map((item) => item.purchase_item_id));
  const [reason, setReason] = useState("");
  const skipping = mode === "skip";
  const mutation = useChargeAction<{ purchase_item_ids: number[]; reason?: string }>(charge, mode, {
    successMessage: () =>
      `${skipping ? "Skipped" : "Unskipped"} ${selected.length} item${selected.length === 1 ? "" : "s"} of charge #${charge.id}.`,
    onDone: () => onOpenChange(false),
  });
  const recheck = useRecheckCharge(charge.id);
  const values = { purchase_item_ids: selected, reason };
  const form = validateWith(
    skipping ? skipChargeInputSchema : unskipChargeInputSchema,
    values,
    mutation.error,
  );
  const date = formatDate(charge.scheduled_at);
  const all = selected.length === charge.line_items.length;

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`${skipping ? "Skip" : "Unskip"} charge #${charge.id}`}
      summary={
        skipping ? (
          <p>
            {all ? "The whole charge" : "The chosen items"} for {charge.customer?.email ?? "this customer"}{" "}
            will not be charged on <strong>{date}</strong>. Their subscriptions move on to the following
            charge date, and a new queued charge appears for it.
          </p>
        ) : (
          <p>
            The chosen items go back into a queued charge for <strong>{date}</strong>, and{" "}
            {charge.customer?.email ?? "the customer"} will be charged for them then.
          </p>
        )
      }
      confirmLabel={skipping ? `Skip ${all ? "charge" : `${selected.length} item(s)`}` : "Unskip"}
      pendingLabel={skipping ? "Skipping…" : "Unskipping…"}
      canConfirm={form.valid}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={recheck}
      recheckLabel={`Re-check charge #${charge.id}`}
    >
      <LineItemPicker
        charge={charge}
        selected={selected}
        onChange={setSelected}
        error={form.fields.purchase_item_ids}
      />
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
