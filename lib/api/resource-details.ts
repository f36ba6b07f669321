import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

/** The record behind each `GET /api/<resource>/{id}`, shared by route handlers and server prefetch. */
export const resourceDetails = {
  customers: (id: number, signal?: AbortSignal) => getRechargeClient().customers.get(id, { signal }),
  subscriptions: (id: number, signal?: AbortSignal) => getRechargeClient().subscriptions.get(id, { signal }),
  charges: (id: number, signal?: AbortSignal) => getRechargeClient().charges.get(id, { signal }),
  discounts: (id: number, signal?: AbortSignal) => getRechargeClient().discounts.get(id, { signal }),
  batches: (id: number, signal?: AbortSignal) => getRechargeClient().asyncBatches.get(id, { signal }),
} as const;
export type DetailResource = keyof typeof resourceDetails;
