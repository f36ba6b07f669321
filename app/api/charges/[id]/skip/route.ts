// POST /api/charges/{id}/skip — take some or all items out of a queued charge
import { reconcileSkip } from "@/lib/api/charge-reconcile";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { skipChargeInputSchema } from "@/lib/schemas/charge-actions";

export const POST = mutationRoute({
  action: "charge.skip",
  permission: "charges:skip",
  targetType: "charge",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: skipChargeInputSchema,
  run: ({ params, input }) =>
    getRechargeClient().charges.skip(params.id, { purchase_item_ids: input.purchase_item_ids }),
  reconcile: ({ params, input }) => reconcileSkip(params.id, input.purchase_item_ids),
});
