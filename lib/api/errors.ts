import "server-only";
import type { FieldErrors } from "@/lib/schemas/field-errors";

/** The error codes of the envelope, with the HTTP status each answers with (design.md). */
export const errorStatus = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  upstream_error: 502,
  upstream_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorStatus;

const defaultMessages: Record<ErrorCode, string> = {
  unauthenticated: "Sign in to continue.",
  forbidden: "Your role does not allow this.",
  not_found: "Not found.",
  conflict: "This record is busy. Try again in a moment.",
  payload_too_large: "The request body is too large.",
  unsupported_media_type: "Send the request body as application/json.",
  validation_failed: "Some fields are not valid.",
  rate_limited: "Too many requests. Try again in a moment.",
  internal: "Something went wrong on our side. The error was logged.",
  upstream_error: "Recharge answered in a way we did not expect.",
  upstream_unavailable: "Recharge is not answering right now. Try again in a moment.",
};

/** The one throwable error of the BFF: every failure a handler reports becomes one of these. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
    readonly requestId?: string,
  ) {
    super(message ?? defaultMessages[code]);
    this.name = "ApiError";
    this.status = errorStatus[code];
  }
}

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId?: string };
}

export function toEnvelope(error: ApiError): ErrorEnvelope {
  const { code, message, fields, requestId } = error;
  return { error: { code, message, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) } };
}
