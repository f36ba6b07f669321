// GET /api/batches/{id} — one async batch: status and progress counts
import { detailRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = detailRoute("records:read", (id, signal) =>
  getRechargeClient().asyncBatches.get(id, { signal }),
);
