// GET /api/subscriptions/{id} — one subscription
import { detailRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = detailRoute("records:read", (id, signal) =>
  getRechargeClient().subscriptions.get(id, { signal }),
);
