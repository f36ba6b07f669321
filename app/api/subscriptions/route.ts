// GET /api/subscriptions — subscriptions, filtered and sorted as Recharge allows, one cursor page at a time
import { listRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { SubscriptionListParams } from "@/lib/recharge/schemas/list-filters";

export const GET = listRoute("records:read", (query: SubscriptionListParams, signal) =>
  getRechargeClient().subscriptions.list(query, { signal }),
);
