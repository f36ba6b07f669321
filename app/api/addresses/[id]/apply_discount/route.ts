// POST /api/addresses/{id}/apply_discount — apply a discount code to the address and its queued charges
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

// A code that does not exist or does not apply is Recharge's 422 on `discounts.0.code`, with its reason.
export const POST = actionRoute("address.apply_discount", {
  run: ({ params, input }) => getRechargeClient().addresses.applyDiscount(params.id, input.discount_code),
});
