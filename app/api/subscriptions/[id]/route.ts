// GET /api/subscriptions/{id} — one subscription; PUT — change its quantity or its interval
import { actionRoute } from "@/lib/api/action-route";
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { subscriptionChanges } from "@/lib/schemas/subscription-actions";

export const GET = detailRoute("records:read", resourceDetails.subscriptions);

// `?commit=true` (the client's): the queued charge answers with the new quantity and total at once.
export const PUT = actionRoute("subscription.update", {
  run: ({ params, input }) => getRechargeClient().subscriptions.update(params.id, subscriptionChanges(input)),
});
