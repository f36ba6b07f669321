"use client";

import { RecordRowActions } from "@/components/actions/record-row-actions";
import type { ActionIdFor } from "@/lib/actions/catalog";
import type { Subscription } from "@/lib/recharge/schemas/subscription";

/** A subscription action, by its catalog id (`subscription.cancel`, …): what a row's menu asks for. */
export type SubscriptionVerb = ActionIdFor<"subscription">;

/** A subscription row's action menu: only what this operator may do in this status. */
export function SubscriptionRowActions({
  subscription,
  onAction,
}: {
  subscription: Subscription;
  onAction: (verb: SubscriptionVerb) => void;
}) {
  return <RecordRowActions target="subscription" record={subscription} onAction={onAction} />;
}
