import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  MAX_CLOCK_SKEW_SECONDS,
  MAX_WEBHOOK_AGE_SECONDS,
  readSignatureHeaders,
  verifyWebhookSignature,
  type SignatureHeaders,
} from "./verify-signature";

const SECRET = "test_webhook_secret";
const NOW = 1_760_000_000;
const body = Buffer.from(JSON.stringify({ charge: { id: 42, status: "success" } }));

// Written out here rather than imported from the sandbox, so both sides are checked against the spec.
const legacy = (payload: Buffer, secret = SECRET) =>
  createHash("sha256")
    .update(Buffer.concat([Buffer.from(secret), payload]))
    .digest("hex");
const v1 = (t: number, payload: Buffer, secret = SECRET) =>
  createHmac("sha256", secret).update(`${t}.${payload.toString()}`).digest("hex");
const timestamped = (t: number, payload = body, secret = SECRET): SignatureHeaders => ({
  legacy: null,
  timestamp: String(t),
  signature: `t=${t},v1=${v1(t, payload, secret)}`,
});
const none: SignatureHeaders = { legacy: null, timestamp: null, signature: null };

const verify = (headers: SignatureHeaders, payload = body, secret = SECRET, acceptLegacy = true) =>
  verifyWebhookSignature({ headers, body: payload, secret, nowSeconds: NOW, acceptLegacy });

describe("verifyWebhookSignature", () => {
  it("accepts a valid legacy signature (SHA-256 of secret + raw body)", () => {
    expect(verify({ ...none, legacy: legacy(body) })).toEqual({ ok: true, scheme: "legacy" });
    expect(verify({ ...none, legacy: legacy(body).toUpperCase() }).ok).toBe(true);
  });

  it("accepts a valid timestamped signature (HMAC of '<t>.<raw body>')", () => {
    expect(verify(timestamped(NOW - 60))).toEqual({ ok: true, scheme: "timestamped" });
  });

  it("accepts the timestamp from the signature header alone, or from the timestamp header alone", () => {
    expect(verify({ ...timestamped(NOW), timestamp: null }).ok).toBe(true);
    expect(verify({ ...none, timestamp: String(NOW), signature: `v1=${v1(NOW, body)}` }).ok).toBe(true);
  });

  it("accepts a delivery signed both ways, as Recharge and the sandbox send it", () => {
    expect(verify({ ...timestamped(NOW), legacy: legacy(body) }).ok).toBe(true);
  });

  it("accepts when one present scheme verifies and the other does not", () => {
    expect(verify({ ...timestamped(NOW, body, "other"), legacy: legacy(body) })).toEqual({
      ok: true,
      scheme: "legacy",
    });
    expect(verify({ ...timestamped(NOW), legacy: legacy(body, "other") })).toEqual({
      ok: true,
      scheme: "timestamped",
    });
  });

  it("accepts any of several v1 signatures (secret rotation)", () => {
    const headers = timestamped(NOW);
    headers.signature = `t=${NOW},v1=${"0".repeat(64)},v1=${v1(NOW, body)}`;
    expect(verify(headers).ok).toBe(true);
  });

  it("rejects a tampered body under both schemes", () => {
    const tampered = Buffer.from(body.toString().replace("success", "refunded"));
    expect(verify({ ...timestamped(NOW), legacy: legacy(body) }, tampered)).toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("checks the raw bytes, not a re-serialisation of the JSON", () => {
    const spaced = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2));
    expect(verify({ ...none, legacy: legacy(body) }, spaced).ok).toBe(false);
  });

  it("rejects signatures made with another secret", () => {
    expect(verify({ ...none, legacy: legacy(body) }, body, "wrong").ok).toBe(false);
    expect(verify(timestamped(NOW), body, "wrong")).toEqual({ ok: false, reason: "mismatch" });
  });

  it("rejects a timestamp older than 48 hours, even with a valid legacy signature beside it", () => {
    const stale = NOW - MAX_WEBHOOK_AGE_SECONDS - 1;
    expect(verify(timestamped(stale))).toEqual({ ok: false, reason: "stale" });
    expect(verify({ ...timestamped(stale), legacy: legacy(body) })).toEqual({ ok: false, reason: "stale" });
    expect(verify(timestamped(NOW - MAX_WEBHOOK_AGE_SECONDS)).ok).toBe(true);
  });

  it("rejects a timestamp further in the future than the clock skew allows", () => {
    expect(verify(timestamped(NOW + MAX_CLOCK_SKEW_SECONDS + 1))).toEqual({ ok: false, reason: "future" });
    expect(verify(timestamped(NOW + 30)).ok).toBe(true);
  });

  it("rejects a signature made for another timestamp than the one sent", () => {
    const headers = timestamped(NOW - 10);
    headers.signature = `t=${NOW},v1=${v1(NOW - 10, body)}`;
    headers.timestamp = String(NOW);
    expect(verify(headers)).toEqual({ ok: false, reason: "mismatch" });
  });

  it.each([
    ["no v1", `t=${NOW}`],
    ["no t anywhere", `v1=${"a".repeat(64)}`],
    ["two t", `t=${NOW},t=${NOW},v1=${"a".repeat(64)}`],
    ["t not a number", `t=soon,v1=${"a".repeat(64)}`],
    ["no key=value", "garbage"],
    ["extra =", `t=${NOW},v1=a=b`],
  ])("rejects a malformed signature header (%s)", (_, signature) => {
    expect(verify({ ...none, signature })).toEqual({ ok: false, reason: "malformed" });
  });

  it("rejects timestamp headers that disagree or are not numbers, and a timestamp without a signature", () => {
    expect(verify({ ...timestamped(NOW), timestamp: String(NOW - 1) })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verify({ ...timestamped(NOW), timestamp: "yesterday" }).ok).toBe(false);
    expect(verify({ ...none, timestamp: String(NOW), legacy: legacy(body) })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("rejects legacy values that are not a 64-digit hex digest without throwing", () => {
    for (const value of ["", "zz", legacy(body).slice(0, 63), `${legacy(body)}00`, "é".repeat(64)]) {
      expect(verify({ ...none, legacy: value })).toEqual({ ok: false, reason: "mismatch" });
    }
  });

  describe("with legacy signatures switched off (RECHARGE_WEBHOOK_LEGACY_SIGNATURES=0)", () => {
    const strict = (headers: SignatureHeaders) => verify(headers, body, SECRET, false);

    it("refuses a delivery signed only the legacy way, which could be a replay of any age", () => {
      expect(strict({ ...none, legacy: legacy(body) })).toEqual({ ok: false, reason: "legacy_refused" });
    });

    it("does not let a valid legacy signature rescue a timestamped one that does not match", () => {
      expect(strict({ ...timestamped(NOW, body, "other"), legacy: legacy(body) })).toEqual({
        ok: false,
        reason: "mismatch",
      });
    });

    it("still accepts a fresh timestamped signature, alone or beside a legacy one", () => {
      expect(strict(timestamped(NOW - 60))).toEqual({ ok: true, scheme: "timestamped" });
      expect(strict({ ...timestamped(NOW), legacy: legacy(body) })).toEqual({
        ok: true,
        scheme: "timestamped",
      });
    });
  });

  it("rejects a delivery without any signature header", () => {
    expect(verify(none)).toEqual({ ok: false, reason: "missing" });
  });

  it("reads Recharge's header names case-insensitively", () => {
    const headers = new Headers({
      "X-Recharge-Hmac-Sha256": "a",
      "X-Recharge-Webhook-Timestamp": "1",
      "X-Recharge-Webhook-Signature": "t=1,v1=b",
    });
    expect(readSignatureHeaders(headers)).toEqual({ legacy: "a", timestamp: "1", signature: "t=1,v1=b" });
  });
});
