import "server-only";

/**
 * What went wrong, by category. The BFF maps these to its error codes:
 * - `http`: Recharge answered with a 4xx/5xx (read `status` for which).
 * - `rate_limited`: Recharge answered 429 on every attempt, or the local limiter could not
 *   get the call out before the deadline (then `status` is 0).
 * - `timeout`: no answer within the per-attempt timeout or the overall deadline.
 * - `network`: the connection failed (refused, reset, DNS, TLS).
 * - `invalid_response`: Recharge answered something the client cannot read: malformed JSON, a body
 *   that fails the schema, or a redirect (never followed).
 * - `invalid_request`: the call was refused before sending (bad id, body or list params).
 * - `aborted`: the caller's AbortSignal fired.
 */
export type RechargeErrorKind =
  "http" | "rate_limited" | "timeout" | "network" | "invalid_response" | "invalid_request" | "aborted";

export type FieldErrors = Record<string, string[]>;

export interface RechargeErrorInit {
  kind: RechargeErrorKind;
  message: string;
  /** Upstream HTTP status, 0 when no response was received. */
  status?: number;
  fieldErrors?: FieldErrors;
  requestId?: string | null;
  outcomeUnknown?: boolean;
  method?: string;
  /** Path without the query string (queries may carry e-mails). */
  path?: string;
  attempts?: number;
}

/**
 * The one error every Recharge call rejects with. It holds no reference to the request, its
 * headers or the underlying network error, so the token cannot leak through `cause`, `stack` or
 * serialisation; upstream text is redacted before it gets here.
 */
export class RechargeError extends Error {
  override readonly name = "RechargeError";
  readonly kind: RechargeErrorKind;
  readonly status: number;
  readonly fieldErrors: FieldErrors;
  readonly requestId: string | null;
  /**
   * True when a mutation may or may not have been applied upstream (timeout or reset after the
   * request was sent, a 5xx, an unreadable 2xx). Reconcile by reading the resource back; never re-send.
   * Always false for reads.
   */
  readonly outcomeUnknown: boolean;
  readonly method: string | null;
  readonly path: string | null;
  /** How many upstream attempts were made (0 when refused before sending). */
  readonly attempts: number;

  constructor(init: RechargeErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.fieldErrors = init.fieldErrors ?? {};
    this.requestId = init.requestId ?? null;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.method = init.method ?? null;
    this.path = init.path ?? null;
    this.attempts = init.attempts ?? 0;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      fieldErrors: this.fieldErrors,
      requestId: this.requestId,
      outcomeUnknown: this.outcomeUnknown,
      method: this.method ?? undefined,
      path: this.path ?? undefined,
      attempts: this.attempts,
    };
  }
}

export function isRechargeError(value: unknown): value is RechargeError {
  return value instanceof RechargeError;
}

/** Replaces every occurrence of `secret` in `text`; upstream bodies could echo the token back. */
export function redactSecret(text: string, secret: string): string {
  return secret.length > 0 ? text.split(secret).join("[redacted]") : text;
}

export function redactFieldErrors(fieldErrors: FieldErrors, secret: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      redactSecret(field, secret),
      messages.map((message) => redactSecret(message, secret)),
    ]),
  );
}
