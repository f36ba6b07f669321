import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Recharge: "reject older than 48 h" (recharge-api.md §8). */
export const MAX_WEBHOOK_AGE_SECONDS = 48 * 60 * 60;
/** How far ahead of our clock a timestamp may be: clocks drift, but not by minutes. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureFailure = "missing" | "legacy_refused" | "malformed" | "mismatch" | "stale" | "future";
export type SignatureCheck =
  { ok: true; scheme: "legacy" | "timestamped" } | { ok: false; reason: SignatureFailure };

export interface SignatureHeaders {
  /** `X-Recharge-Hmac-Sha256`: hex SHA-256 of secret + raw body. */
  legacy: string | null;
  /** `X-Recharge-Webhook-Timestamp`: unix seconds. */
  timestamp: string | null;
  /** `X-Recharge-Webhook-Signature`: `t=<unix>,v1=<hex>`. */
  signature: string | null;
}

export function readSignatureHeaders(headers: Headers): SignatureHeaders {
  return {
    legacy: headers.get("x-recharge-hmac-sha256"),
    timestamp: headers.get("x-recharge-webhook-timestamp"),
    signature: headers.get("x-recharge-webhook-signature"),
  };
}

/** Compares a hex digest from a header with ours in constant time; anything not 64 hex digits fails. */
function digestMatches(expected: Buffer, candidate: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(candidate)) return false;
  return timingSafeEqual(expected, Buffer.from(candidate, "hex"));
}

/** `t=<unix>,v1=<hex>[,v1=<hex>…]` (several v1 while a secret rotates), or null when malformed. */
function parseSignatureHeader(value: string): { t: string | null; v1: string[] } | null {
  let t: string | null = null;
  const v1: string[] = [];
  for (const part of value.split(",")) {
    const [key, item, extra] = part.trim().split("=");
    if (!key || item === undefined || extra !== undefined) return null;
    if (key === "t") {
      if (t !== null || !/^\d{1,12}$/.test(item)) return null;
      t = item;
    } else if (key === "v1") v1.push(item);
    // Other keys (a future v2) are ignored, as for Stripe-style headers.
  }
  return v1.length > 0 ? { t, v1 } : null;
}

function checkTimestamped(
  headers: SignatureHeaders,
  body: Buffer,
  secret: string,
  nowSeconds: number,
): SignatureCheck {
  const parsed = headers.signature === null ? null : parseSignatureHeader(headers.signature);
  if (!parsed) return { ok: false, reason: "malformed" };
  // The timestamp may come in either header; when it comes in both they must agree.
  const header = headers.timestamp?.trim() ?? null;
  if (header !== null && (!/^\d{1,12}$/.test(header) || (parsed.t !== null && parsed.t !== header)))
    return { ok: false, reason: "malformed" };
  const t = parsed.t ?? header;
  if (t === null) return { ok: false, reason: "malformed" };
  const age = nowSeconds - Number(t);
  if (age > MAX_WEBHOOK_AGE_SECONDS) return { ok: false, reason: "stale" };
  if (age < -MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "future" };
  const expected = createHmac("sha256", secret).update(`${t}.`).update(body).digest();
  // Every candidate is compared, so timing does not reveal which one matched.
  const matches = parsed.v1.map((candidate) => digestMatches(expected, candidate));
  return matches.includes(true) ? { ok: true, scheme: "timestamped" } : { ok: false, reason: "mismatch" };
}

function checkLegacy(legacy: string, body: Buffer, secret: string): boolean {
  const expected = createHash("sha256").update(secret).update(body).digest();
  return digestMatches(expected, legacy.trim());
}

/**
 * Verifies a delivery on its raw bytes. One valid signature of a present scheme is enough, but newer
 * headers that are malformed, stale (> 48 h) or from the future refuse the delivery outright: they
 * are what a replayed or doctored delivery looks like, whatever the legacy header says. The legacy
 * scheme signs no time, so a captured delivery verifies forever: it counts only while `acceptLegacy`
 * (RECHARGE_WEBHOOK_LEGACY_SIGNATURES) is on; off, only the timestamped signature is checked.
 */
export function verifyWebhookSignature(input: {
  headers: SignatureHeaders;
  body: Buffer;
  secret: string;
  nowSeconds: number;
  acceptLegacy: boolean;
}): SignatureCheck {
  const { body, secret, nowSeconds } = input;
  const headers = input.acceptLegacy ? input.headers : { ...input.headers, legacy: null };
  const hasTimestamped = headers.signature !== null || headers.timestamp !== null;
  if (headers.legacy === null && !hasTimestamped)
    return { ok: false, reason: input.headers.legacy === null ? "missing" : "legacy_refused" };
  const timestamped = hasTimestamped ? checkTimestamped(headers, body, secret, nowSeconds) : undefined;
  if (timestamped && !timestamped.ok && timestamped.reason !== "mismatch") return timestamped;
  if (headers.legacy !== null && checkLegacy(headers.legacy, body, secret))
    return { ok: true, scheme: "legacy" };
  return timestamped?.ok ? timestamped : { ok: false, reason: "mismatch" };
}
