// POST /api/addresses/{id}/remove_discount — take the address's discount off it and its queued charges
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("address.remove_discount", {
  run: ({ params }) => getRechargeClient().addresses.removeDiscounts(params.id),
});
