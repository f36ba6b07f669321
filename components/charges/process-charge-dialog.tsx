"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { formatMoney } from "@/components/data-table/format";
import { resourceQueries } from "@/lib/queries/resource-queries";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { processChargeInputSchema } from "@/lib/schemas/charge-actions";
import { useChargeAction, useRecheckCharge } from "./use-charge-action";

const customerDetails = resourceQueries<Customer>("customers");

function paymentMethodState(customer: Customer | undefined, known: boolean): string {
  if (!known) return "unknown (the charge names no customer)";
  if (!customer) return "checking…";
  if (customer.has_payment_method_in_dunning) return "in dunning: recent payments failed";
  // Recharge may leave the flag out: say so rather than guess either way.
  if (customer.has_valid_payment_method === null || customer.has_valid_payment_method === undefined)
    return "not reported by Recharge";
  return customer.has_valid_payment_method ? "valid" : "missing or invalid";
}

/** Charge the customer now. The outcome (paid with an order, or declined) is shown, never assumed. */
export function ProcessChargeDialog({
  charge,
  open,
  onOpenChange,
}: {
  charge: Charge;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const customerId = charge.customer?.id;
  const customer = useQuery({
    ...customerDetails.detail(customerId ?? 0),
    enabled: customerId !== undefined,
  });
  const [reason, setReason] = useState("");
  const [declined, setDeclined] = useState<Charge | null>(null);
  const amount = formatMoney(charge.total_price, charge.currency);
  const mutation = useChargeAction(charge, "process", {
    successMessage: (updated) =>
      updated.status === "success"
        ? `Charge #${charge.id} paid: ${amount}${updated.external_order_id?.ecommerce ? `, order #${updated.external_order_id.ecommerce}` : ""}.`
        : null,
    // A decline is a confirmed answer, but not a success: the dialog stays and says so.
    onDone: (updated) => (updated.status === "success" ? onOpenChange(false) : setDeclined(updated)),
  });
  const form = validateWith(processChargeInputSchema, { reason }, mutation.error);

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Process charge #${charge.id} now`}
      summary={
        <div className="space-y-1">
          <p>
            A new order is created and {charge.customer?.email ?? "the customer"}&apos;s card is charged{" "}
            <strong>{amount}</strong> now, instead of on the scheduled date.
          </p>
          <p>Payment method: {paymentMethodState(customer.data, customerId !== undefined)}.</p>
          {charge.error ? <p>Last attempt failed: {charge.error}</p> : null}
        </div>
      }
      confirmLabel={`Charge ${amount} now`}
      pendingLabel="Charging…"
      destructive
      canConfirm={form.valid && !declined}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={useRecheckCharge(charge.id)}
      recheckLabel={`Re-check charge #${charge.id}`}
    >
      {declined ? (
        <div
          role="alert"
          data-testid="process-declined"
          className="border-destructive/50 bg-destructive/10 rounded-md border p-3 text-sm"
        >
          <p className="font-medium">The payment was declined.</p>
          <p className="mt-1">{declined.error ?? "Recharge did not say why."} The charge is now in error.</p>
        </div>
      ) : null}
      <ReasonField
        value={reason}
        onChange={setReason}
        required
        error={reason ? form.fields.reason : undefined}
      />
    </ActionDialog>
  );
}
