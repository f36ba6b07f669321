"use client";

import { RowActionsMenu } from "@/components/actions/row-actions-menu";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { useSubscriptionActions } from "./subscription-actions";
import type { SubscriptionVerb } from "./use-subscription-action";

/** A subscription row's action menu: only what this operator may do in this status. */
export function SubscriptionRowActions({
  subscription,
  onAction,
}: {
  subscription: Subscription;
  onAction: (verb: SubscriptionVerb) => void;
}) {
  return (
    <RowActionsMenu
      label={`Actions for subscription #${subscription.id}`}
      actions={useSubscriptionActions(subscription)}
      onSelect={onAction}
    />
  );
}
