// GET /api/customers/{id} — one customer
import { detailRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = detailRoute("records:read", (id, signal) =>
  getRechargeClient().customers.get(id, { signal }),
);
