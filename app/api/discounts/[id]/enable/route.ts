// POST /api/discounts/{id}/enable — let a disabled code be applied again
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

// Recharge has no enable endpoint: it is `PUT /discounts/{id}` with the status alone.
export const POST = actionRoute("discount.enable", {
  run: ({ params }) => getRechargeClient().discounts.update(params.id, { status: "enabled" }),
});
