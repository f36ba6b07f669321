import "server-only";
import { RechargeError } from "../recharge-error";
import { buildUrl } from "./request-builder";
import { backoffDelayMs, isRetryable, resolveRetryOptions, sleep } from "./retry-policy";
import { sendAttempt, type AttemptContext } from "./send-attempt";
import type { RequestSpec, Transport, TransportOptions, UpstreamResult } from "./types";

/**
 * The single way this client talks to Recharge: limiter, attempts (send-attempt.ts), retries
 * (retry-policy.ts) and the overall deadline. Redirects are never followed. Keep-alive comes from
 * Node's global fetch: undici's default Agent pools connections per origin and reuses them.
 */
export function createTransport(options: TransportOptions): Transport {
  const deadlineMs = options.deadlineMs ?? 10_000;
  const retry = resolveRetryOptions(options.retry);
  const context: AttemptContext = {
    fetch: options.fetch ?? globalThis.fetch,
    token: options.token,
    limiter: options.limiter,
    timeoutMs: options.timeoutMs ?? 10_000,
    report: (event) => {
      try {
        options.onRequest?.(event);
      } catch {
        // Telemetry must never change the outcome of a call.
      }
    },
  };

  /** Sends one call. Resolves with data and upstream meta, or rejects with a RechargeError. */
  async function request<T>(spec: RequestSpec<T>): Promise<UpstreamResult<T | null>> {
    const started = Date.now();
    const deadlineAt = started + deadlineMs;
    const url = buildUrl(options.baseUrl, spec.path, spec.query);
    const where = `${spec.method} ${spec.path}`;
    // Request context and the outcome flag are added once, here; reads never have an unknown outcome.
    const finish = (error: RechargeError, attempts: number, unknown: boolean) =>
      new RechargeError({
        ...error.toJSON(),
        method: spec.method,
        path: spec.path,
        attempts,
        outcomeUnknown: spec.method !== "GET" && unknown,
      });
    const aborted = () =>
      new RechargeError({ kind: "aborted", message: `${where} was aborted by the caller` });
    let last: { error: RechargeError; unknown: boolean } | null = null;

    for (let attempt = 1; ; attempt += 1) {
      try {
        await options.limiter.acquire({ deadlineAt, signal: spec.signal, lane: spec.lane });
      } catch {
        if (spec.signal?.aborted) throw finish(aborted(), attempt - 1, false);
        const message = `Rate limit: ${where} could not be sent within ${deadlineMs} ms`;
        const waited = new RechargeError({ kind: "rate_limited", message });
        throw finish(last?.error ?? waited, attempt - 1, last?.unknown ?? false);
      }

      const result = await sendAttempt(context, spec, url, deadlineAt - Date.now(), attempt);
      if (result.ok) {
        const { data, status, requestId } = result;
        return { data, meta: { status, requestId, durationMs: Date.now() - started, attempts: attempt } };
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
        throw finish(aborted(), attempt, false);
      }
    }
  }

  return { request };
}
