"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { cancelSubscriptionInputSchema, cancellationReasons } from "@/lib/schemas/subscription-actions";
import { productName } from "./subscription-format";
import { useRecheckSubscription, useSubscriptionAction } from "./use-subscription-action";

/** Cancel a subscription: Recharge needs a cancellation reason; its queued charges go away. */
export function CancelSubscriptionDialog({
  subscription,
  open,
  onOpenChange,
}: {
  subscription: Subscription;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [cancellationReason, setCancellationReason] = useState("");
  const [comments, setComments] = useState("");
  const [reason, setReason] = useState("");
  const mutation = useSubscriptionAction(subscription, "cancel", {
    successMessage: () => `Subscription #${subscription.id} (${productName(subscription)}) cancelled.`,
    onDone: () => onOpenChange(false),
  });
  const input = {
    cancellation_reason: cancellationReason,
    ...(comments.trim() ? { cancellation_reason_comments: comments } : {}),
    reason,
  };
  const form = validateWith(cancelSubscriptionInputSchema, input, mutation.error);

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Cancel subscription #${subscription.id}`}
      summary={
        <p>
          <strong>{productName(subscription)}</strong> stops: its queued charges are removed and nothing more
          is charged or shipped. It can be reactivated later.
        </p>
      }
      confirmLabel="Cancel subscription"
      pendingLabel="Cancelling…"
      destructive
      canConfirm={form.valid}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={useRecheckSubscription(subscription.id)}
      recheckLabel={`Re-check subscription #${subscription.id}`}
    >
      <div className="space-y-1.5">
        <Label htmlFor="cancellation-reason">Cancellation reason</Label>
        <NativeSelect
          id="cancellation-reason"
          value={cancellationReason}
          onChange={(event) => setCancellationReason(event.target.value)}
        >
          <option value="">Choose a reason…</option>
          {cancellationReasons.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="cancellation-comments">What the customer said (optional)</Label>
        <textarea
          id="cancellation-comments"
          rows={2}
          value={comments}
          onChange={(event) => setComments(event.target.value)}
          className="border-input bg-background w-full rounded-md border px-3 py-2 text-sm"
        />
      </div>
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
