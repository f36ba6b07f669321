// GET /api/discounts/{id} — one discount code; PUT — change it; DELETE — delete it (admin)
import { mutationRoute } from "@/lib/api/mutation-route";
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { DiscountUpdateBody } from "@/lib/recharge/schemas/discount-input";
import {
  discountDeleteInputSchema,
  discountMutationInputSchema,
  withoutReason,
} from "@/lib/schemas/discount-mutation";

export const GET = detailRoute("records:read", resourceDetails.discounts);

export const PUT = mutationRoute({
  action: "discount.update",
  permission: "discounts:write",
  targetType: "discount",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: discountMutationInputSchema,
  run: ({ params, input }) =>
    getRechargeClient().discounts.update(params.id, withoutReason(input) as DiscountUpdateBody),
});

export const DELETE = mutationRoute({
  action: "discount.delete",
  permission: "discounts:write",
  targetType: "discount",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: discountDeleteInputSchema,
  run: ({ params }) => getRechargeClient().discounts.delete(params.id),
});
