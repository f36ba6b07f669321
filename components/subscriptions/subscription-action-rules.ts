import {
  isKnownSubscriptionStatus,
  type KnownSubscriptionStatus,
  type SubscriptionStatus,
} from "@/lib/schemas/recharge-enums";
import type { SubscriptionVerb } from "./use-subscription-action";

export interface SubscriptionActionRule {
  verb: SubscriptionVerb;
  label: string;
  /** The statuses the action applies to (Recharge refuses it for any other). */
  from: readonly KnownSubscriptionStatus[];
}

export const subscriptionActionRules: readonly SubscriptionActionRule[] = [
  { verb: "set_next_charge_date", label: "Change next charge date", from: ["active"] },
  { verb: "cancel", label: "Cancel subscription", from: ["active"] },
  { verb: "activate", label: "Reactivate", from: ["cancelled"] },
];

/**
 * The rules that apply to a subscription in this status. None for a status the dashboard does not
 * know (`paused`, `onetime`): what Recharge allows from it is unknown, so nothing is offered.
 */
export function subscriptionActionsFor(status: SubscriptionStatus): readonly SubscriptionActionRule[] {
  if (!isKnownSubscriptionStatus(status)) return [];
  return subscriptionActionRules.filter((rule) => rule.from.includes(status));
}

/** Why the action cannot be taken on a subscription in this status, or null when it can. */
export function subscriptionActionUnavailable(
  verb: SubscriptionVerb,
  status: SubscriptionStatus,
): string | null {
  const rule = subscriptionActionRules.find((each) => each.verb === verb)!;
  if (subscriptionActionsFor(status).includes(rule)) return null;
  return isKnownSubscriptionStatus(status)
    ? `"${rule.label}" is not possible for a ${status} subscription. Close this dialog.`
    : `"${rule.label}" is not offered for a subscription in status “${status}”, which this dashboard does not know. Close this dialog.`;
}

/** What the Actions area says when none is left for this operator. */
export function noSubscriptionActionsMessage(status: SubscriptionStatus): string {
  return isKnownSubscriptionStatus(status)
    ? `No actions for a ${status} subscription with your role.`
    : `No actions: this dashboard does not know the status “${status}”, so it offers none. Recharge's merchant portal shows what can be done.`;
}
