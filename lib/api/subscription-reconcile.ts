import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { Subscription } from "@/lib/recharge/schemas/subscription";

// After an unknown outcome the subscription is read back; it is returned when the change is visible.

export async function reconcileSubscription(
  id: number,
  applied: (subscription: Subscription) => boolean,
): Promise<Subscription | undefined> {
  const subscription = await getRechargeClient().subscriptions.get(id);
  return applied(subscription) ? subscription : undefined;
}
