// GET /api/charges — charges, filtered and sorted as Recharge allows, one cursor page at a time
import { listRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { ChargeListParams } from "@/lib/recharge/schemas/list-filters";

export const GET = listRoute("records:read", (query: ChargeListParams, signal) =>
  getRechargeClient().charges.list(query, { signal }),
);
