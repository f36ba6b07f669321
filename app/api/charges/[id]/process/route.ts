// POST /api/charges/{id}/process — charge the customer now (admin, reason required)
import { actionRoute } from "@/lib/api/action-route";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

// A declined card comes back as the charge with status `error`: a confirmed outcome, shown as such.
export const POST = actionRoute("charge.process", {
  run: ({ params }) => getRechargeClient().charges.process(params.id),
});
