// POST /api/subscriptions/{id}/activate — reactivate a cancelled subscription
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("subscription.activate", {
  run: ({ params }) => getRechargeClient().subscriptions.activate(params.id),
});
