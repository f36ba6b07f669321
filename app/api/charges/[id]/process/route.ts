// POST /api/charges/{id}/process — charge the customer now (admin, reason required)
import { reconcileProcess } from "@/lib/api/charge-reconcile";
import { moneyMovingLimit } from "@/lib/api/money-limits";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { processChargeInputSchema } from "@/lib/schemas/charge-actions";

export const POST = mutationRoute({
  action: "charge.process",
  permission: "charges:process",
  targetType: "charge",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: processChargeInputSchema,
  limit: moneyMovingLimit,
  // A declined card comes back as the charge with status `error`: a confirmed outcome, shown as such.
  run: ({ params }) => getRechargeClient().charges.process(params.id),
  reconcile: ({ params }) => reconcileProcess(params.id),
});
