import type { SubscriptionStatusValue } from "@/lib/schemas/recharge-enums";
import type { SubscriptionVerb } from "./use-subscription-action";

export interface SubscriptionActionRule {
  verb: SubscriptionVerb;
  label: string;
  /** The statuses the action applies to (Recharge refuses it for any other). */
  from: readonly SubscriptionStatusValue[];
}

export const subscriptionActionRules: readonly SubscriptionActionRule[] = [
  { verb: "set_next_charge_date", label: "Change next charge date", from: ["active"] },
  { verb: "cancel", label: "Cancel subscription", from: ["active"] },
  { verb: "activate", label: "Reactivate", from: ["cancelled"] },
];

/** Why the action cannot be taken on a subscription in this status, or null when it can. */
export function subscriptionActionUnavailable(
  verb: SubscriptionVerb,
  status: SubscriptionStatusValue,
): string | null {
  const rule = subscriptionActionRules.find((each) => each.verb === verb)!;
  return rule.from.includes(status)
    ? null
    : `"${rule.label}" is not possible for a ${status} subscription. Close this dialog.`;
}
