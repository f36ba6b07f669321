import "server-only";

export interface FetchFailure {
  kind: "aborted" | "timeout" | "network";
  /** False only when the request certainly never left (connection refused, DNS, TLS handshake). */
  sent: boolean;
  /** A short system code such as ECONNRESET, never the raw error text. */
  code: string | null;
}

// Failures that happen while opening the connection: the request bytes were never written.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
]);

/**
 * Classifies what `fetch` (or reading its body) threw. Undici wraps socket errors as
 * `TypeError("fetch failed", { cause })`; the cause chain carries the system code.
 */
export function classifyFetchFailure(
  error: unknown,
  signals: { caller?: AbortSignal; attempt: AbortSignal },
): FetchFailure {
  if (signals.caller?.aborted) return { kind: "aborted", sent: true, code: null };
  if (signals.attempt.aborted || nameOf(error) === "TimeoutError")
    return { kind: "timeout", sent: true, code: null };
  const code = findCode(error);
  return { kind: "network", sent: code === null || !NOT_SENT_CODES.has(code), code };
}

function findCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function nameOf(error: unknown): string | null {
  return typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string"
    ? (error as { name: string }).name
    : null;
}
