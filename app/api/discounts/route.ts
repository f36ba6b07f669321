// GET /api/discounts — discount codes, one cursor page at a time; POST — create one (admin)
import { z } from "zod";
import { mutationRoute } from "@/lib/api/mutation-route";
import { listRoute } from "@/lib/api/read-routes";
import { resourceLists } from "@/lib/api/resource-lists";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { DiscountCreateBody } from "@/lib/recharge/schemas/discount-input";
import { discountMutationInputSchema, withoutReason } from "@/lib/schemas/discount-mutation";

export const GET = listRoute("records:read", resourceLists.discounts);

export const POST = mutationRoute({
  action: "discount.create",
  permission: "discounts:write",
  targetType: "discount",
  params: z.object({}),
  targetId: () => "new",
  input: discountMutationInputSchema,
  // The client checks the fields strictly before sending: a bad body is a 422 with nothing sent.
  run: ({ input }) => getRechargeClient().discounts.create(withoutReason(input) as DiscountCreateBody),
});
