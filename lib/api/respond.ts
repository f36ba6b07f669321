import "server-only";
import { RechargeError } from "@/lib/recharge/recharge-error";
import { ApiError, toEnvelope } from "./errors";
import { toApiError } from "./upstream-error";

// API answers are per-operator and often about money: no cache may keep them.
const API_HEADERS = { "Cache-Control": "no-store" } as const;

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

/** Turns anything thrown into an ApiError; unknown errors are logged and become `internal`. */
export function toKnownError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RechargeError) return toApiError(error);
  // RechargeError and ApiError never carry the token; an unknown error is logged by stack only.
  console.error("Unhandled error in API route:", error instanceof Error ? error.stack : error);
  return new ApiError("internal");
}

/** Turns anything thrown into the error envelope. */
export function errorResponse(error: unknown): Response {
  const known = toKnownError(error);
  return jsonResponse(toEnvelope(known), known.status);
}
