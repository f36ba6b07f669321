"use client";

import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { cancellationReasons } from "@/lib/schemas/subscription-actions";
import { productName } from "./subscription-format";

/** Cancel a subscription: Recharge needs a cancellation reason; its queued charges go away. */
export function CancelSubscriptionDialog({
  action: id,
  record: subscription,
  onClose,
}: ActionDialogProps<"subscription", "subscription.cancel">) {
  const [cancellationReason, setCancellationReason] = useState("");
  const [comments, setComments] = useState("");
  const action = useRecordAction(id, subscription, {
    values: {
      cancellation_reason: cancellationReason,
      ...(comments.trim() ? { cancellation_reason_comments: comments } : {}),
    },
    successMessage: () => `Subscription #${subscription.id} (${productName(subscription)}) cancelled.`,
    onClose,
  });

  return (
    <RecordActionDialog
      action={action}
      title={`Cancel subscription #${subscription.id}`}
      summary={
        <p>
          <strong>{productName(subscription)}</strong> stops: its queued charges are removed and nothing more
          is charged or shipped. It can be reactivated later.
        </p>
      }
      confirmLabel="Cancel subscription"
      pendingLabel="Cancelling…"
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
    </RecordActionDialog>
  );
}
