// POST /api/charges/{id}/unskip — put skipped items back into the charge
import { reconcileUnskip } from "@/lib/api/charge-reconcile";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { unskipChargeInputSchema } from "@/lib/schemas/charge-actions";

export const POST = mutationRoute({
  action: "charge.unskip",
  permission: "charges:unskip",
  targetType: "charge",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: unskipChargeInputSchema,
  run: ({ params, input }) =>
    getRechargeClient().charges.unskip(params.id, { purchase_item_ids: input.purchase_item_ids }),
  reconcile: ({ params, input }) => reconcileUnskip(params.id, input.purchase_item_ids),
});
