// POST /api/subscriptions/{id}/cancel — cancel a subscription (cancellation reason required)
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { reconcileSubscription } from "@/lib/api/subscription-reconcile";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { cancelSubscriptionInputSchema } from "@/lib/schemas/subscription-actions";

export const POST = mutationRoute({
  action: "subscription.cancel",
  permission: "subscriptions:cancel",
  targetType: "subscription",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: cancelSubscriptionInputSchema,
  run: ({ params, input }) =>
    getRechargeClient().subscriptions.cancel(params.id, {
      cancellation_reason: input.cancellation_reason,
      ...(input.cancellation_reason_comments
        ? { cancellation_reason_comments: input.cancellation_reason_comments }
        : {}),
    }),
  reconcile: ({ params }) =>
    reconcileSubscription(params.id, (subscription) => subscription.status === "cancelled"),
});
