import "server-only";
import { addressOperations } from "./addresses";
import { asyncBatchOperations } from "./async-batches";
import { chargeOperations } from "./charges";
import { customerOperations } from "./customers";
import { discountOperations } from "./discounts";
import { LeakyBucket, type LeakyBucketOptions } from "./transport/leaky-bucket";
import { orderOperations } from "./orders";
import { assertBaseUrl } from "./transport/request-builder";
import type { RetryOptions } from "./transport/retry-policy";
import { subscriptionOperations } from "./subscriptions";
import { createTransport } from "./transport/transport";
import type { RequestEvent } from "./transport/types";

export interface RechargeClientOptions {
  /** e.g. `https://api.rechargeapps.com` or the sandbox's URL; may carry a path prefix. */
  baseUrl: string;
  token: string;
  /** Defaults to Node's global fetch (undici: pooled keep-alive connections). */
  fetch?: typeof fetch;
  /**
   * The per-token rate limiter: an instance to share (the bucket is per token upstream), or options
   * for a private one. Default: a private bucket of 40 draining 2/s, like Recharge's, whose bulk
   * lane stops at 30 (`bulkCeiling`).
   */
  limiter?: LeakyBucket | LeakyBucketOptions;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Per call, including limiter waits and retries; default 10 s. */
  deadlineMs?: number;
  retry?: RetryOptions;
  /** Called after every upstream attempt (status, X-Request-Id, duration). Errors it throws are ignored. */
  onRequest?: (event: RequestEvent) => void;
}

/**
 * Builds a Recharge 2021-11 client: one typed function per allowed operation, grouped by resource.
 * Pure (no env, no module state): tests and benchmarks build their own; the app uses
 * getRechargeClient(). Reads resolve with the object or `{ items, nextCursor, previousCursor }`;
 * mutations with `{ data, meta }`; every failure rejects with a RechargeError. Every call takes
 * `{ signal, lane }`: `lane: "bulk"` marks work no person waits on, which yields to people's calls.
 */
export function createRechargeClient(options: RechargeClientOptions) {
  assertBaseUrl(options.baseUrl);
  if (!options.token) throw new TypeError("Recharge token is required");
  const limiter = options.limiter instanceof LeakyBucket ? options.limiter : new LeakyBucket(options.limiter);
  const transport = createTransport({ ...options, limiter });
  return {
    customers: customerOperations(transport),
    addresses: addressOperations(transport),
    subscriptions: subscriptionOperations(transport),
    charges: chargeOperations(transport),
    orders: orderOperations(transport),
    discounts: discountOperations(transport),
    asyncBatches: asyncBatchOperations(transport),
    limiter,
  };
}

export type RechargeClient = ReturnType<typeof createRechargeClient>;
