// GET /api/discounts — discount codes, one cursor page at a time; POST — create one (admin)
import { z } from "zod";
import { actionInputs } from "@/lib/actions/action-inputs";
import { actionEntry } from "@/lib/actions/catalog";
import { mutationRoute } from "@/lib/api/mutation-route";
import { listRoute } from "@/lib/api/read-routes";
import { resourceLists } from "@/lib/api/resource-lists";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { DiscountCreateBody } from "@/lib/recharge/schemas/discount-input";
import { withoutReason } from "@/lib/schemas/discount-actions";

export const GET = listRoute("records:read", resourceLists.discounts);

// A creation has no record id for actionRoute's `/{id}` params: mutationRoute, with what the catalog
// entry says (audit name, permission, target, body).
const create = actionEntry("discount.create");

export const POST = mutationRoute({
  action: create.id,
  permission: create.permission,
  targetType: create.target,
  params: z.object({}),
  targetId: () => "new",
  input: actionInputs["discount.create"],
  // The client checks the fields strictly before sending: a bad body is a 422 with nothing sent.
  run: ({ input }) => getRechargeClient().discounts.create(withoutReason(input) as DiscountCreateBody),
});
