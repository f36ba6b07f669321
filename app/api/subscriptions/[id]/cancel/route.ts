// POST /api/subscriptions/{id}/cancel — cancel a subscription (cancellation reason required)
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("subscription.cancel", {
  run: ({ params, input }) =>
    getRechargeClient().subscriptions.cancel(params.id, {
      cancellation_reason: input.cancellation_reason,
      ...(input.cancellation_reason_comments
        ? { cancellation_reason_comments: input.cancellation_reason_comments }
        : {}),
    }),
});
