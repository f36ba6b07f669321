"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { formatDate } from "@/components/data-table/format";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { activateSubscriptionInputSchema } from "@/lib/schemas/subscription-actions";
import { deliveryInterval, priceTimesQuantity, productName } from "./subscription-format";
import { useRecheckSubscription, useSubscriptionAction } from "./use-subscription-action";

/** Reactivate a cancelled subscription: charging resumes with a new queued charge. */
export function ActivateSubscriptionDialog({
  subscription,
  open,
  onOpenChange,
}: {
  subscription: Subscription;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [reason, setReason] = useState("");
  const mutation = useSubscriptionAction(subscription, "activate", {
    successMessage: (updated) =>
      `Subscription #${subscription.id} reactivated; next charge on ${formatDate(updated.next_charge_scheduled_at)}.`,
    onDone: () => onOpenChange(false),
  });
  const form = validateWith(activateSubscriptionInputSchema, { reason }, mutation.error);

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Reactivate subscription #${subscription.id}`}
      summary={
        <p>
          <strong>{productName(subscription)}</strong> starts again: {priceTimesQuantity(subscription)},{" "}
          {deliveryInterval(subscription)}. Recharge queues the next charge one interval from today.
        </p>
      }
      confirmLabel="Reactivate"
      pendingLabel="Reactivating…"
      canConfirm={form.valid}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={useRecheckSubscription(subscription.id)}
      recheckLabel={`Re-check subscription #${subscription.id}`}
    >
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
