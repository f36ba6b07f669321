// GET /api/discounts/{id} — one discount code; PUT — change it; DELETE — delete it (admin)
import { actionRoute } from "@/lib/api/action-route";
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { DiscountUpdateBody } from "@/lib/recharge/schemas/discount-input";
import { withoutReason } from "@/lib/schemas/discount-actions";

export const GET = detailRoute("records:read", resourceDetails.discounts);

// The client checks the fields strictly before sending: a bad body is a 422 with nothing sent.
export const PUT = actionRoute("discount.update", {
  run: ({ params, input }) =>
    getRechargeClient().discounts.update(params.id, withoutReason(input) as DiscountUpdateBody),
});

export const DELETE = actionRoute("discount.delete", {
  run: ({ params }) => getRechargeClient().discounts.delete(params.id),
});
