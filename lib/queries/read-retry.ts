import { ApiClientError } from "./api-error";

/**
 * Whether the browser tries a failed read once more. The BFF already retried Recharge (three
 * attempts with backoff for a read), so an answer in its own envelope — a 4xx, or a 5xx such as
 * `upstream_unavailable` — is final: asking again would only make the operator wait longer for the
 * error and its Retry button, and send a failing Recharge three more calls. What a second try can
 * fix is a request that never got the BFF's answer: no connection (status 0), or a 5xx from the
 * platform in front of it (no envelope, code "unknown").
 */
export function shouldRetryRead(failures: number, error: unknown): boolean {
  if (failures >= 1) return false;
  if (!(error instanceof ApiClientError)) return true;
  return error.status === 0 || (error.status >= 500 && error.code === "unknown");
}
