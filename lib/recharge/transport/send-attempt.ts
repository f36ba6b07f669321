import "server-only";
import { classifyFetchFailure } from "./fetch-failure";
import type { LeakyBucket } from "./leaky-bucket";
import { RechargeError } from "../recharge-error";
import { requestHeaders } from "./request-builder";
import type { AttemptFailure } from "./retry-policy";
import type { RequestEvent, RequestSpec } from "./types";
import { readResponse } from "./upstream-response";

export interface AttemptContext {
  fetch: typeof fetch;
  token: string;
  limiter: LeakyBucket;
  timeoutMs: number;
  report: (event: RequestEvent) => void;
}

export type AttemptResult<T> =
  | { ok: true; data: T; status: number; requestId: string | null }
  | {
      ok: false;
      error: RechargeError;
      failure: AttemptFailure;
      /** The request may have been applied upstream (what `outcomeUnknown` reports for mutations). */
      unknown: boolean;
    };

/**
 * One upstream attempt: fetch with a timeout of min(timeoutMs, what is left of the deadline), read
 * the whole body under the same signal, feed the limiter the server's count, report telemetry.
 */
export async function sendAttempt<T>(
  context: AttemptContext,
  spec: RequestSpec<T>,
  url: URL,
  remainingMs: number,
  attempt: number,
): Promise<AttemptResult<T | null>> {
  const attemptSignal = AbortSignal.timeout(Math.max(1, Math.min(context.timeoutMs, remainingMs)));
  const signal = spec.signal ? AbortSignal.any([attemptSignal, spec.signal]) : attemptSignal;
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  const headers = requestHeaders(context.token, body !== undefined);
  const started = performance.now();
  const report = (status: number, requestId: string | null, errorKind: RequestEvent["errorKind"]) =>
    context.report({
      method: spec.method,
      path: spec.path,
      attempt,
      status,
      requestId,
      durationMs: Math.round(performance.now() - started),
      errorKind,
    });

  try {
    const response = await context.fetch(url, {
      method: spec.method,
      headers,
      body,
      redirect: "manual",
      signal,
    });
    const text = await response.text();
    const { status } = response;
    const requestId = response.headers.get("x-request-id");
    context.limiter.observe(response.headers.get("x-recharge-limit"), status);
    const where = { method: spec.method, path: spec.path, token: context.token };
    const outcome = readResponse(status, text, requestId, spec.schema, where);
    report(status, requestId, outcome.ok ? null : outcome.error.kind);
    if (outcome.ok) return { ok: true, data: outcome.data, status, requestId };
    // 4xx (and 501) mean Recharge refused the call; anything else may have been applied.
    const refused = (status >= 400 && status < 500) || status === 501;
    return { ok: false, error: outcome.error, failure: { type: "status", status }, unknown: !refused };
  } catch (thrown) {
    const failure = classifyFetchFailure(thrown, { caller: spec.signal, attempt: attemptSignal });
    report(0, null, failure.kind);
    const where = `${spec.method} ${spec.path}`;
    const message =
      failure.kind === "timeout"
        ? `Recharge did not answer ${where} within ${context.timeoutMs} ms or the call's deadline`
        : failure.kind === "aborted"
          ? `${where} was aborted by the caller`
          : `Could not reach Recharge for ${where} (${failure.code ?? "connection failed"})`;
    return {
      ok: false,
      // Deliberately no `cause`: the raw network error is not ours to serialise.
      error: new RechargeError({ kind: failure.kind, message }),
      failure: failure.kind === "network" ? { type: "network", sent: failure.sent } : { type: "timeout" },
      unknown: failure.sent,
    };
  }
}
