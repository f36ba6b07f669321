// The transport's vocabulary, shared by the transport, one attempt (send-attempt.ts) and the operation
// files: kept apart so that none of them imports another only for a type.
import type { z } from "zod";
import type { RechargeErrorKind } from "../recharge-error";
import type { Lane, LeakyBucket } from "./leaky-bucket";
import type { RetryOptions } from "./retry-policy";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One call as the operation files describe it to the transport. */
export interface RequestSpec<T> {
  method: HttpMethod;
  /** API path without the query, e.g. `/charges/42/skip`. */
  path: string;
  query?: URLSearchParams;
  /** Sent as JSON; omit for no body. */
  body?: unknown;
  /** `null` when no body is expected (204). */
  schema: z.ZodType<T> | null;
  signal?: AbortSignal;
  /** The limiter's lane (leaky-bucket.ts); default `person`. */
  lane?: Lane;
}

/** Reported once per upstream attempt: what the audit log and metrics need, never the token or query. */
export interface RequestEvent {
  method: HttpMethod;
  path: string;
  attempt: number;
  /** HTTP status, 0 when no response arrived. */
  status: number;
  requestId: string | null;
  durationMs: number;
  errorKind: RechargeErrorKind | null;
}

/** Upstream facts about a completed call: the last attempt's status and X-Request-Id, totals over all. */
export interface UpstreamMeta {
  status: number;
  requestId: string | null;
  /** From the call's start, limiter wait and retries included. */
  durationMs: number;
  attempts: number;
}

export interface UpstreamResult<T> {
  data: T;
  meta: UpstreamMeta;
}

export interface TransportOptions {
  baseUrl: string;
  token: string;
  limiter: LeakyBucket;
  fetch?: typeof fetch;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  /** Whole call: limiter wait, attempts and backoff. Default 10 s. */
  deadlineMs?: number;
  retry?: RetryOptions;
  onRequest?: (event: RequestEvent) => void;
}

/** Sends one call: resolves with data and upstream meta, or rejects with a RechargeError. */
export interface Transport {
  request<T>(spec: RequestSpec<T>): Promise<UpstreamResult<T | null>>;
}
