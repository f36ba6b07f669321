// POST /api/charges/{id}/unskip — put skipped items back into the charge
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("charge.unskip", {
  run: ({ params, input }) =>
    getRechargeClient().charges.unskip(params.id, { purchase_item_ids: input.purchase_item_ids }),
});
