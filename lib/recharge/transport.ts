import "server-only";
import type { z } from "zod";
import { classifyFetchFailure } from "./fetch-failure";
import type { LeakyBucket } from "./leaky-bucket";
import { RechargeError, type RechargeErrorKind } from "./recharge-error";
import { backoffDelayMs, isRetryable, resolveRetryOptions, sleep, type AttemptFailure, type RetryOptions } from "./retry-policy";
import { buildUrl, requestHeaders } from "./request-builder";
import { readResponse } from "./upstream-response";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

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

/** Upstream facts about a completed call (totals over all attempts). */
export interface UpstreamMeta {
  status: number;
  requestId: string | null;
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

export interface RequestSpec<T> {
  method: HttpMethod;
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  /** `null` when no body is expected (204). */
  schema: z.ZodType<T> | null;
  signal?: AbortSignal;
}

type Attempt<T> =
  | { ok: true; data: T; status: number; requestId: string | null }
  | { ok: false; error: RechargeError; failure: AttemptFailure; unknown: boolean };

/**
 * The single way this client talks to Recharge: headers, limiter, per-attempt timeout, overall
 * deadline, manual redirects, retries (retry-policy.ts) and error normalisation all happen here.
 * Keep-alive comes from Node's global fetch (undici's default Agent pools and reuses connections).
 */
export function createTransport(options: TransportOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadlineMs = options.deadlineMs ?? 10_000;
  const retry = resolveRetryOptions(options.retry);
  const { token, limiter } = options;
  const report = (event: RequestEvent) => {
    try {
      options.onRequest?.(event);
    } catch {
      // Telemetry must never change the outcome of a call.
    }
  };

  async function attemptOnce<T>(spec: RequestSpec<T>, url: URL, remainingMs: number, attempt: number): Promise<Attempt<T | null>> {
    const attemptSignal = AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, remainingMs)));
    const signal = spec.signal ? AbortSignal.any([attemptSignal, spec.signal]) : attemptSignal;
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const started = performance.now();
    const event = { method: spec.method, path: spec.path, attempt };
    try {
      const response = await fetchImpl(url, { method: spec.method, headers: requestHeaders(token, body !== undefined), body, redirect: "manual", signal });
      const text = await response.text();
      const requestId = response.headers.get("x-request-id");
      limiter.observe(response.headers.get("x-recharge-limit"), response.status);
      const outcome = readResponse(response.status, text, requestId, spec.schema, { method: spec.method, path: spec.path, token });
      const durationMs = Math.round(performance.now() - started);
      report({ ...event, status: response.status, requestId, durationMs, errorKind: outcome.ok ? null : outcome.error.kind });
      if (outcome.ok) return { ok: true, data: outcome.data, status: response.status, requestId };
      // 4xx (and 501) mean Recharge refused the call; anything else may have been applied.
      const refused = (response.status >= 400 && response.status < 500) || response.status === 501;
      return { ok: false, error: outcome.error, failure: { type: "status", status: response.status }, unknown: !refused };
    } catch (thrown) {
      const failure = classifyFetchFailure(thrown, { caller: spec.signal, attempt: attemptSignal });
      const where = `${spec.method} ${spec.path}`;
      const message =
        failure.kind === "timeout"
          ? `Recharge did not answer ${where} in time`
          : failure.kind === "aborted"
            ? `${where} was aborted by the caller`
            : `Could not reach Recharge for ${where} (${failure.code ?? "connection failed"})`;
      report({ ...event, status: 0, requestId: null, durationMs: Math.round(performance.now() - started), errorKind: failure.kind });
      return {
        ok: false,
        error: new RechargeError({ kind: failure.kind, message }),
        failure: failure.kind === "network" ? { type: "network", sent: failure.sent } : { type: "timeout" },
        unknown: failure.sent,
      };
    }
  }

  /** Sends one call. Resolves with data and upstream meta, or rejects with a RechargeError. */
  async function request<T>(spec: RequestSpec<T>): Promise<UpstreamResult<T | null>> {
    const started = Date.now();
    const deadlineAt = started + deadlineMs;
    const url = buildUrl(options.baseUrl, spec.path, spec.query);
    const isMutation = spec.method !== "GET";
    const finish = (error: RechargeError, attempts: number, unknown: boolean) =>
      new RechargeError({ ...error.toJSON(), method: spec.method, path: spec.path, attempts, outcomeUnknown: isMutation && unknown });
    let last: { error: RechargeError; unknown: boolean } | null = null;

    for (let attempt = 1; ; attempt += 1) {
      try {
        await limiter.acquire({ deadlineAt, signal: spec.signal });
      } catch {
        if (spec.signal?.aborted) throw finish(new RechargeError({ kind: "aborted", message: `${spec.method} ${spec.path} was aborted by the caller` }), attempt - 1, false);
        const waited = new RechargeError({ kind: "rate_limited", message: `Rate limit: ${spec.method} ${spec.path} could not be sent within ${deadlineMs} ms` });
        throw finish(last?.error ?? waited, attempt - 1, last?.unknown ?? false);
      }

      const result = await attemptOnce(spec, url, deadlineAt - Date.now(), attempt);
      if (result.ok) {
        return { data: result.data, meta: { status: result.status, requestId: result.requestId, durationMs: Date.now() - started, attempts: attempt } };
      }
      last = { error: result.error, unknown: result.unknown };
      if (attempt >= retry.maxAttempts || !isRetryable(spec.method, result.failure)) {
        throw finish(result.error, attempt, result.unknown);
      }
      const delay = backoffDelayMs(attempt, retry);
      if (Date.now() + delay >= deadlineAt) throw finish(result.error, attempt, result.unknown);
      try {
        await sleep(delay, spec.signal);
      } catch {
        throw finish(new RechargeError({ kind: "aborted", message: `${spec.method} ${spec.path} was aborted by the caller` }), attempt, false);
      }
    }
  }

  return { request };
}

export type Transport = ReturnType<typeof createTransport>;
