import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { Lane } from "@/lib/recharge/transport/leaky-bucket";
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
 * client validates them against the resource's schema before anything is sent. `lane`: "bulk" for an
 * export's walk (people's calls go first), else the person lane.
 */
export const resourceLists = {
  customers: (query: unknown, signal?: AbortSignal, lane?: Lane) =>
    getRechargeClient().customers.list(query as CustomerListParams, { signal, lane }),
  subscriptions: (query: unknown, signal?: AbortSignal, lane?: Lane) =>
    getRechargeClient().subscriptions.list(query as SubscriptionListParams, { signal, lane }),
  charges: (query: unknown, signal?: AbortSignal, lane?: Lane) =>
    getRechargeClient().charges.list(query as ChargeListParams, { signal, lane }),
  discounts: (query: unknown, signal?: AbortSignal, lane?: Lane) =>
    getRechargeClient().discounts.list(query as DiscountListParams, { signal, lane }),
  batches: (query: unknown, signal?: AbortSignal) =>
    getRechargeClient().asyncBatches.list(query as AsyncBatchListParams, { signal }),
} as const;
export type ListedResource = keyof typeof resourceLists;
