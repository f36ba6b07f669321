"use client";

import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { formatDate } from "@/components/data-table/format";
import { deliveryInterval, priceTimesQuantity, productName } from "./subscription-format";

/** Reactivate a cancelled subscription: charging resumes with a new queued charge. */
export function ActivateSubscriptionDialog({
  action: id,
  record: subscription,
  onClose,
}: ActionDialogProps<"subscription", "subscription.activate">) {
  const action = useRecordAction(id, subscription, {
    values: {},
    successMessage: (updated) =>
      `Subscription #${subscription.id} reactivated; next charge on ${formatDate(updated.next_charge_scheduled_at)}.`,
    onClose,
  });

  return (
    <RecordActionDialog
      action={action}
      title={`Reactivate subscription #${subscription.id}`}
      summary={
        <p>
          <strong>{productName(subscription)}</strong> starts again: {priceTimesQuantity(subscription)},{" "}
          {deliveryInterval(subscription)}. Recharge queues the next charge one interval from today.
        </p>
      }
      confirmLabel="Reactivate"
      pendingLabel="Reactivating…"
    />
  );
}
