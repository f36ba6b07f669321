// POST /api/discounts/{id}/disable — stop a code being applied (it stays, and can be enabled again)
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

// Recharge has no disable endpoint: it is `PUT /discounts/{id}` with the status alone.
export const POST = actionRoute("discount.disable", {
  run: ({ params }) => getRechargeClient().discounts.update(params.id, { status: "disabled" }),
});
