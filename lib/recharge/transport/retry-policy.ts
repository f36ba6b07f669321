import "server-only";

export interface RetryOptions {
  /** Upstream attempts at most, including the first. Default 3. */
  maxAttempts?: number;
  /** Backoff before the 2nd attempt; doubles each time. Default 250 ms. */
  baseDelayMs?: number;
  /** Upper bound of one backoff. Default 2 s. */
  maxDelayMs?: number;
  /** Injectable for tests; defaults to Math.random. */
  random?: () => number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return {
    maxAttempts: options.maxAttempts ?? 3,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 2000,
    random: options.random ?? Math.random,
  };
}

/** What one failed attempt looked like, as far as retrying is concerned. */
export type AttemptFailure =
  { type: "status"; status: number } | { type: "network"; sent: boolean } | { type: "timeout" };

const RETRYABLE_READ_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Reads (GET) retry 429/502/503/504, connection errors and timeouts. Mutations retry only a 429
 * (Recharge did not execute it) or a connection that failed before anything was sent; anything else
 * could have been applied, so a mutation gets exactly one upstream attempt.
 */
export function isRetryable(method: string, failure: AttemptFailure): boolean {
  const isRead = method === "GET";
  switch (failure.type) {
    case "status":
      return failure.status === 429 || (isRead && RETRYABLE_READ_STATUSES.has(failure.status));
    case "network":
      return isRead || !failure.sent;
    case "timeout":
      return isRead;
  }
}

/**
 * Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out
 * but never collapse to 0 ms. (After a 429 the limiter adds its own wait: observe() marks the bucket full.)
 */
export function backoffDelayMs(attempt: number, options: ResolvedRetryOptions): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const delay = step / 2 + options.random() * (step / 2);
  return Math.round(delay);
}

/** Sleeps `ms`, rejecting early with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
