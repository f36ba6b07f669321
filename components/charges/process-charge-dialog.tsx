"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { formatMoney } from "@/components/data-table/format";
import { resourceQueries } from "@/lib/queries/resource-queries";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Customer } from "@/lib/recharge/schemas/customer";

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
  action: id,
  record: charge,
  onClose,
}: ActionDialogProps<"charge", "charge.process">) {
  const customerId = charge.customer?.id;
  const customer = useQuery({
    ...customerDetails.detail(customerId ?? 0),
    enabled: customerId !== undefined,
  });
  const [declined, setDeclined] = useState<Charge | null>(null);
  const amount = formatMoney(charge.total_price, charge.currency);
  const action = useRecordAction(id, charge, {
    values: {},
    successMessage: (updated) =>
      updated.status === "success"
        ? `Charge #${charge.id} paid: ${amount}${updated.external_order_id?.ecommerce ? `, order #${updated.external_order_id.ecommerce}` : ""}.`
        : null,
    onClose,
    // A decline is a confirmed answer, but not a success: the dialog stays and says so.
    onConfirmed: (updated) => (updated.status === "success" ? onClose() : setDeclined(updated)),
  });

  return (
    <RecordActionDialog
      action={action}
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
      ready={!declined}
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
    </RecordActionDialog>
  );
}
