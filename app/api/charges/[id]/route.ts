// GET /api/charges/{id} — one charge
import { detailRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = detailRoute("records:read", (id, signal) =>
  getRechargeClient().charges.get(id, { signal }),
);
