// POST /api/subscriptions/{id}/activate — reactivate a cancelled subscription
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { reconcileSubscription } from "@/lib/api/subscription-reconcile";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { activateSubscriptionInputSchema } from "@/lib/schemas/subscription-actions";

export const POST = mutationRoute({
  action: "subscription.activate",
  permission: "subscriptions:activate",
  targetType: "subscription",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: activateSubscriptionInputSchema,
  run: ({ params }) => getRechargeClient().subscriptions.activate(params.id),
  reconcile: ({ params }) =>
    reconcileSubscription(params.id, (subscription) => subscription.status === "active"),
});
