// POST /api/charges/{id}/refund — partial or full refund of a successful charge (admin, reason required)
import { moneyMovingLimit } from "@/lib/api/money-limits";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { refundChargeInputSchema } from "@/lib/schemas/charge-actions";

export const POST = mutationRoute({
  action: "charge.refund",
  permission: "charges:refund",
  targetType: "charge",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: refundChargeInputSchema,
  limit: moneyMovingLimit,
  run: ({ params, input }) => {
    const retry = input.retry === undefined ? {} : { retry: input.retry };
    const body =
      "full_refund" in input ? { full_refund: true as const, ...retry } : { amount: input.amount, ...retry };
    return getRechargeClient().charges.refund(params.id, body);
  },
  // No reconcile: a read-back cannot tell this refund from an earlier one, so an unknown outcome
  // stays unknown and the operator re-checks the charge's refunds.
});
