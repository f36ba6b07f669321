"use client";

import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NextChargePreview } from "./next-charge-preview";
import { intervalLabel, priceTimesQuantity, productName } from "./subscription-format";
import { SubscriptionIntervalFields } from "./subscription-interval-fields";
import { draftChanges, initialDraft, type UpdateDraft } from "./subscription-update-draft";
import { useNextQueuedCharge } from "./use-next-queued-charge";

/**
 * Change a subscription's quantity, its interval, or both. Starts from the subscription as it is,
 * sends only what changed (the interval's three fields together), and shows what the next queued
 * charge becomes before the operator confirms. Closes on Recharge's answer, which the toast quotes.
 */
export function UpdateSubscriptionDialog({
  action: id,
  record: subscription,
  onClose,
}: ActionDialogProps<"subscription", "subscription.update">) {
  const [draft, setDraft] = useState<UpdateDraft>(() => initialDraft(subscription));
  const change = (patch: Partial<UpdateDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changes = draftChanges(subscription, draft);
  const next = useNextQueuedCharge(subscription.id);
  const action = useRecordAction(id, subscription, {
    values: changes.values,
    successMessage: (updated) =>
      `Subscription #${updated.id} saved by Recharge: quantity ${updated.quantity ?? "—"}, ${intervalLabel(updated).toLowerCase()}.`,
    onClose,
  });
  const { fields } = action.form;
  const newQuantity =
    changes.quantityChanged && !fields.quantity && typeof changes.values.quantity === "number"
      ? changes.values.quantity
      : null;
  const nothingChanged = !changes.quantityChanged && !changes.intervalChanged;
  // The money consequence is shown before a new quantity is confirmed: wait for the charge's read.
  const previewReady = !changes.quantityChanged || next.fresh;

  return (
    <RecordActionDialog
      action={action}
      title={`Change subscription #${subscription.id}`}
      summary={
        <div className="space-y-1">
          <p>
            <strong>{productName(subscription)}</strong>: now {priceTimesQuantity(subscription)},{" "}
            {intervalLabel(subscription).toLowerCase()}. Only what you change is sent; Recharge applies it to
            the queued charge at once.
          </p>
          {fields.status ? (
            <p className="text-destructive" data-testid="status-refusal">
              Recharge refused it because of the subscription&apos;s status: “{fields.status}”
            </p>
          ) : null}
        </div>
      }
      confirmLabel={confirmLabel(changes)}
      pendingLabel="Saving…"
      ready={!nothingChanged && !changes.deliveriesError && previewReady}
    >
      <div className="space-y-1.5">
        <Label htmlFor="subscription-quantity">Quantity</Label>
        <Input
          id="subscription-quantity"
          inputMode="numeric"
          autoComplete="off"
          className="w-24"
          value={draft.quantity}
          onChange={(event) => change({ quantity: event.target.value })}
          aria-invalid={changes.quantityChanged && fields.quantity ? true : undefined}
          aria-describedby="subscription-quantity-message"
        />
        {changes.quantityChanged && fields.quantity ? (
          <p id="subscription-quantity-message" className="text-destructive text-sm">
            {fields.quantity}
          </p>
        ) : (
          <p id="subscription-quantity-message" className="text-muted-foreground text-xs">
            A whole number, 1 or more (now {subscription.quantity ?? "—"}).
          </p>
        )}
      </div>
      <SubscriptionIntervalFields
        draft={draft}
        onChange={change}
        errors={changes.intervalChanged ? fields : {}}
        deliveriesError={changes.deliveriesError}
      />
      {nothingChanged ? null : (
        <NextChargePreview
          subscription={subscription}
          next={next}
          quantity={newQuantity}
          intervalChanged={changes.intervalChanged}
        />
      )}
    </RecordActionDialog>
  );
}

/** "Change quantity to 3", "Change interval", …: what confirming does. */
function confirmLabel(changes: ReturnType<typeof draftChanges>): string {
  const quantity = typeof changes.values.quantity === "number" ? ` to ${changes.values.quantity}` : "";
  if (changes.quantityChanged && changes.intervalChanged) return "Change quantity and interval";
  if (changes.quantityChanged) return `Change quantity${quantity}`;
  if (changes.intervalChanged) return "Change interval";
  return "Nothing changed yet";
}
