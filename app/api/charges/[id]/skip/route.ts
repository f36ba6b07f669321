// POST /api/charges/{id}/skip — take some or all items out of a queued charge
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("charge.skip", {
  run: ({ params, input }) =>
    getRechargeClient().charges.skip(params.id, { purchase_item_ids: input.purchase_item_ids }),
});
