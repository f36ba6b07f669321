"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { refundableAmount, toCents } from "@/lib/money/cents";
import { chargeQueries } from "@/lib/queries/charges";
import { chargeStatusLabel } from "./charge-status-badge";

type Mode = "full" | "partial";

/** Refund a successful charge in full (what is left) or in part, never above what is left. */
export function RefundChargeDialog({
  action: id,
  record: charge,
  onClose,
}: ActionDialogProps<"charge", "charge.refund">) {
  // The refundable amount is read fresh when the dialog opens: another refund may have happened.
  const fresh = useQuery({ ...chargeQueries.detail(charge.id), refetchOnMount: "always" });
  const current = fresh.data ?? charge;
  const remaining = refundableAmount(current.total_price, current.total_refunds);
  const money = (amount: string) => formatMoney(amount, current.currency);
  const [mode, setMode] = useState<Mode>("full");
  const [amount, setAmount] = useState("");
  const [retry, setRetry] = useState(false);
  const action = useRecordAction(id, charge, {
    values: mode === "full" ? { full_refund: true, retry } : { amount, retry },
    successMessage: (updated) =>
      `Refunded ${money(mode === "full" ? remaining : amount)} of charge #${charge.id} (now ${chargeStatusLabel(updated.status)}).`,
    onClose,
  });
  const aboveRemaining = mode === "partial" && (toCents(amount) ?? 0) > (toCents(remaining) ?? 0);
  const amountError =
    mode === "partial" && amount !== ""
      ? aboveRemaining
        ? `At most ${money(remaining)} can be refunded.`
        : action.form.fields.amount
      : undefined;
  const checking = fresh.isFetching && !fresh.isRefetchError;

  return (
    <RecordActionDialog
      action={action}
      title={`Refund charge #${charge.id}`}
      summary={
        <div className="space-y-1">
          <p>
            Money goes back to {current.customer?.email ?? "the customer"}&apos;s payment method. This cannot
            be undone.
          </p>
          <p data-testid="refund-balance">
            Charged {money(current.total_price)} · refunded so far{" "}
            {current.total_refunds ? money(current.total_refunds) : MISSING_VALUE} ·{" "}
            <strong>{checking ? "checking what is left…" : `${money(remaining)} left to refund`}</strong>
          </p>
        </div>
      }
      confirmLabel={
        mode === "full" ? `Refund ${money(remaining)}` : `Refund ${amount ? money(amount) : ""}`.trim()
      }
      pendingLabel="Refunding…"
      ready={!aboveRemaining && !checking && (toCents(remaining) ?? 0) > 0}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Amount</legend>
        {(["full", "partial"] as const).map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="refund-mode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            {option === "full" ? `Everything left (${money(remaining)})` : "Part of it"}
          </label>
        ))}
      </fieldset>
      {mode === "partial" ? (
        <div className="space-y-1.5">
          <Label htmlFor="refund-amount">Amount in {current.currency}</Label>
          <Input
            id="refund-amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={amountError ? true : undefined}
            aria-describedby="refund-amount-message"
          />
          <p
            id="refund-amount-message"
            className={amountError ? "text-destructive text-sm" : "text-muted-foreground text-xs"}
          >
            {amountError ?? `Up to ${money(remaining)}, two decimals at most.`}
          </p>
        </div>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={retry} onChange={(event) => setRetry(event.target.checked)} />
        Let Recharge retry the refund if the payment gateway is briefly unavailable
      </label>
    </RecordActionDialog>
  );
}
