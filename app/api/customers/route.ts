// GET /api/customers — customers, filtered and sorted as Recharge allows, one cursor page at a time
import { listRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { CustomerListParams } from "@/lib/recharge/schemas/list-filters";

export const GET = listRoute("records:read", (query: CustomerListParams, signal) =>
  getRechargeClient().customers.list(query, { signal }),
);
