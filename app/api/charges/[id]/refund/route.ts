// POST /api/charges/{id}/refund — partial or full refund of a successful charge (admin, reason required)
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

// No read-back (the catalog says why): an unknown outcome stays unknown and the operator re-checks
// the charge's refunds.
export const POST = actionRoute("charge.refund", {
  run: ({ params, input }) => {
    const retry = input.retry === undefined ? {} : { retry: input.retry };
    const body =
      "full_refund" in input ? { full_refund: true as const, ...retry } : { amount: input.amount, ...retry };
    return getRechargeClient().charges.refund(params.id, body);
  },
});
