import "server-only";
import { ApiError, toEnvelope } from "./errors";

// API answers are per-operator and often about money: no cache may keep them.
const API_HEADERS = { "Cache-Control": "no-store" } as const;

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

/** Turns anything thrown into the error envelope; unknown errors are logged and answered as `internal`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return jsonResponse(toEnvelope(error), error.status);
  console.error("Unhandled error in API route:", error instanceof Error ? error.stack : error);
  const internal = new ApiError("internal");
  return jsonResponse(toEnvelope(internal), internal.status);
}
