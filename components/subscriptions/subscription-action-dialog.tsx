"use client";

import { ActionGuardContext } from "@/components/actions/action-guard";
import { useWatchedRecord } from "@/components/actions/use-watched-record";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { ActivateSubscriptionDialog } from "./activate-subscription-dialog";
import { CancelSubscriptionDialog } from "./cancel-subscription-dialog";
import { SetNextChargeDateDialog } from "./set-next-charge-date-dialog";
import { subscriptionActionUnavailable } from "./subscription-action-rules";
import type { SubscriptionVerb } from "./use-subscription-action";

/**
 * Opens exactly one dialog, mounted afresh each time (new form, new Idempotency-Key). The dialog works
 * on the newest reading of the subscription and warns when it changed since it opened.
 */
export function SubscriptionActionDialog({
  subscription,
  verb,
  onClose,
}: {
  subscription: Subscription;
  verb: SubscriptionVerb;
  onClose: () => void;
}) {
  const { current, ...guard } = useWatchedRecord({
    noun: "subscription",
    record: subscription,
    detailQuery: subscriptionQueries.detail(subscription.id),
    unavailableIn: (now) => subscriptionActionUnavailable(verb, now.status),
  });
  const close = (open: boolean) => (open ? undefined : onClose());
  return (
    <ActionGuardContext value={guard}>
      {verb === "set_next_charge_date" ? (
        <SetNextChargeDateDialog subscription={current} open onOpenChange={close} />
      ) : verb === "cancel" ? (
        <CancelSubscriptionDialog subscription={current} open onOpenChange={close} />
      ) : (
        <ActivateSubscriptionDialog subscription={current} open onOpenChange={close} />
      )}
    </ActionGuardContext>
  );
}
