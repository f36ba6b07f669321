import "server-only";
import { RechargeError } from "@/lib/recharge/recharge-error";
import { ApiError } from "./errors";

/**
 * Maps a Recharge failure to the BFF's envelope (design.md): the operator reads what to do next,
 * never the token, and Recharge's own field messages survive on 422.
 */
export function toApiError(error: RechargeError): ApiError {
  const requestId = error.requestId ?? undefined;
  switch (error.kind) {
    case "http":
      return fromStatus(error, requestId);
    case "rate_limited":
      return new ApiError(
        "rate_limited",
        "Recharge is busy with other requests. Try again in a moment.",
        undefined,
        requestId,
      );
    case "timeout":
    case "network":
    case "aborted":
      return new ApiError("upstream_unavailable", undefined, undefined, requestId);
    case "invalid_response":
      return new ApiError("upstream_error", undefined, undefined, requestId);
    case "invalid_request":
      return new ApiError("validation_failed", error.message, nonEmpty(error.fieldErrors), requestId);
  }
}

function fromStatus(error: RechargeError, requestId: string | undefined): ApiError {
  const status = error.status;
  if (status === 401 || status === 403) {
    return new ApiError(
      "upstream_error",
      "Recharge refused the dashboard's API token or its scopes. An admin needs to check the token's permissions.",
      undefined,
      requestId,
    );
  }
  if (status === 404) return new ApiError("not_found", "Recharge has no such record.", undefined, requestId);
  if (status === 409) {
    return new ApiError(
      "conflict",
      "Recharge is still working on this record. Try again in a moment.",
      undefined,
      requestId,
    );
  }
  if (status === 422 || status === 402) {
    return new ApiError("validation_failed", error.message, nonEmpty(error.fieldErrors), requestId);
  }
  if (status === 429) return new ApiError("rate_limited", undefined, undefined, requestId);
  if (status >= 500) return new ApiError("upstream_unavailable", undefined, undefined, requestId);
  return new ApiError("upstream_error", undefined, undefined, requestId);
}

function nonEmpty(fields: Record<string, string[]>): Record<string, string[]> | undefined {
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** Whether Recharge certainly did not apply a mutation that failed this way (so a retry is safe). */
export function certainlyNotApplied(error: RechargeError): boolean {
  if (error.outcomeUnknown) return false;
  if (error.kind === "rate_limited" || error.kind === "invalid_request" || error.attempts === 0) return true;
  return error.kind === "http" && [401, 403, 409, 429].includes(error.status);
}
