"use client";

import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { formatDate } from "@/components/data-table/format";
import { LineItemPicker } from "./line-item-picker";

/** Skip a queued charge (or put a skipped one back), for all of its items or some. */
export function SkipChargeDialog({
  action: id,
  record: charge,
  onClose,
}: ActionDialogProps<"charge", "charge.skip" | "charge.unskip">) {
  const [selected, setSelected] = useState(() => charge.line_items.map((item) => item.purchase_item_id));
  const skipping = id === "charge.skip";
  const action = useRecordAction(id, charge, {
    values: { purchase_item_ids: selected },
    successMessage: () =>
      `${skipping ? "Skipped" : "Unskipped"} ${selected.length} item${selected.length === 1 ? "" : "s"} of charge #${charge.id}.`,
    onClose,
  });
  const date = formatDate(charge.scheduled_at);
  const all = selected.length === charge.line_items.length;

  return (
    <RecordActionDialog
      action={action}
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
    >
      <LineItemPicker
        charge={charge}
        selected={selected}
        onChange={setSelected}
        error={action.form.fields.purchase_item_ids}
      />
    </RecordActionDialog>
  );
}
