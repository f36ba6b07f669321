// POST /api/subscriptions/{id}/set_next_charge_date — move the next charge (it may merge with another)
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const POST = actionRoute("subscription.set_next_charge_date", {
  run: ({ params, input }) =>
    getRechargeClient().subscriptions.setNextChargeDate(params.id, { date: input.date }),
});
