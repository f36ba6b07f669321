// POST /api/subscriptions/{id}/set_next_charge_date — move the next charge (it may merge with another)
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { reconcileSubscription } from "@/lib/api/subscription-reconcile";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { setNextChargeDateInputSchema } from "@/lib/schemas/subscription-actions";

export const POST = mutationRoute({
  action: "subscription.set_next_charge_date",
  permission: "subscriptions:set_next_charge_date",
  targetType: "subscription",
  params: idParamsSchema,
  targetId: ({ id }) => String(id),
  input: setNextChargeDateInputSchema,
  run: ({ params, input }) =>
    getRechargeClient().subscriptions.setNextChargeDate(params.id, { date: input.date }),
  reconcile: ({ params, input }) =>
    reconcileSubscription(
      params.id,
      (subscription) => subscription.next_charge_scheduled_at?.startsWith(input.date) ?? false,
    ),
});
