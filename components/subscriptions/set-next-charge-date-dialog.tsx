"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { formatDate } from "@/components/data-table/format";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { chargeQueries } from "@/lib/queries/charges";

// Recharge schedules by calendar date; the dashboard shows and compares dates in UTC.
const todayUtc = () => new Date().toISOString().slice(0, 10);
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Move the next charge date; warns when another queued charge of the address is on that date (they merge). */
export function SetNextChargeDateDialog({
  action: id,
  record: subscription,
  onClose,
}: ActionDialogProps<"subscription", "subscription.set_next_charge_date">) {
  const [date, setDate] = useState("");
  const action = useRecordAction(id, subscription, {
    values: { date },
    successMessage: (updated) =>
      `Next charge of subscription #${subscription.id} moved to ${formatDate(updated.next_charge_scheduled_at)}.`,
    onClose,
  });
  const { form } = action;
  const inFuture = date > todayUtc();
  const dateError = date && !inFuture ? "Choose a date after today." : date ? form.fields.date : undefined;
  const sameDay = useQuery({
    ...chargeQueries.list(
      new URLSearchParams({
        address_id: String(subscription.address_id),
        status: "queued",
        scheduled_at: date,
      }).toString(),
    ),
    enabled: inFuture && form.valid,
  });
  const merging = (sameDay.data?.data ?? []).filter(
    (charge) => !charge.line_items.some((item) => item.purchase_item_id === subscription.id),
  );

  return (
    <RecordActionDialog
      action={action}
      title={`Move the next charge of subscription #${subscription.id}`}
      summary={
        <p>
          The next charge, now on <strong>{formatDate(subscription.next_charge_scheduled_at)}</strong>, moves
          to the date you choose. Later charges follow from it. Today is {formatDate(todayUtc())} (dates are
          UTC).
        </p>
      }
      confirmLabel={date && inFuture ? `Move to ${formatDate(date)}` : "Move next charge"}
      pendingLabel="Moving…"
      ready={inFuture}
    >
      <div className="space-y-1.5">
        <Label htmlFor="next-charge-date">New next charge date</Label>
        <Input
          id="next-charge-date"
          type="date"
          min={tomorrowUtc()}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={dateError ? true : undefined}
          aria-describedby="next-charge-date-message"
        />
        <p
          id="next-charge-date-message"
          className={dateError ? "text-destructive text-sm" : "text-muted-foreground text-xs"}
        >
          {dateError ?? "Tomorrow or later."}
        </p>
      </div>
      {merging.length > 0 ? (
        <p
          role="status"
          data-testid="merge-warning"
          className="rounded-md border border-amber-500/50 bg-amber-500/10 p-3 text-sm"
        >
          Charge{merging.length > 1 ? "s" : ""} {merging.map((charge) => `#${charge.id}`).join(", ")} of the
          same address is already queued for {formatDate(date)}: Recharge will merge them into one charge.
        </p>
      ) : null}
    </RecordActionDialog>
  );
}
