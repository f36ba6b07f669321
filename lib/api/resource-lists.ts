import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type {
  AsyncBatchListParams,
  ChargeListParams,
  CustomerListParams,
  DiscountListParams,
  SubscriptionListParams,
} from "@/lib/recharge/schemas/list-filters";

/**
 * The list behind each `GET /api/<resource>`, shared by the route handlers and the pages' server-side
 * prefetch so both answer the same query the same way. Params come from the query string; the
 * client validates them against the resource's schema before anything is sent.
 */
export const resourceLists = {
  customers: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().customers.list(query as CustomerListParams, { signal }),
  subscriptions: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().subscriptions.list(query as SubscriptionListParams, { signal }),
  charges: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().charges.list(query as ChargeListParams, { signal }),
  discounts: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().discounts.list(query as DiscountListParams, { signal }),
  batches: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().asyncBatches.list(query as AsyncBatchListParams, { signal }),
} as const;
export type ListedResource = keyof typeof resourceLists;
