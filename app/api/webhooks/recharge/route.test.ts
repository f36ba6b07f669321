import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const SECRET = "route-test-webhook-secret";
setInMemoryDemoEnv({ RECHARGE_WEBHOOK_SECRET: SECRET });

const { POST } = await import("./route");
const { getDb } = await import("@/lib/db/client");

const URL_ = "http://localhost:3000/api/webhooks/recharge";
const now = () => Math.floor(Date.now() / 1000);

function signedHeaders(body: string, options: { secret?: string; t?: number; topic?: string } = {}) {
  const secret = options.secret ?? SECRET;
  const t = options.t ?? now();
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return {
    "content-type": "application/json",
    "x-recharge-topic": options.topic ?? "charge/paid",
    "x-recharge-hmac-sha256": createHash("sha256")
      .update(secret + body)
      .digest("hex"),
    "x-recharge-webhook-timestamp": String(t),
    "x-recharge-webhook-signature": `t=${t},v1=${v1}`,
  };
}

const deliver = (body: string, headers: Record<string, string>) =>
  POST(new Request(URL_, { method: "POST", body, headers }));

let serial = 0;
/** A charge body no other test sends, so each test counts only its own rows. */
function chargeBody(): string {
  serial += 1;
  return JSON.stringify({
    charge: {
      id: 9000 + serial,
      status: "success",
      customer: { id: 7 },
      updated_at: "2025-03-01T10:00:00+00:00",
    },
  });
}

async function storedCount(resourceId?: string): Promise<number> {
  const db = await getDb();
  const rows = resourceId
    ? await db.query("SELECT 1 FROM webhook_events WHERE resource_id = $1", [resourceId])
    : await db.query("SELECT 1 FROM webhook_events");
  return rows.length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /api/webhooks/recharge", () => {
  it("stores a correctly signed delivery and answers only that it arrived", async () => {
    const body = chargeBody();
    const response = await deliver(body, signedHeaders(body));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ data: { received: true, duplicate: false } });
    expect(await storedCount(String(JSON.parse(body).charge.id))).toBe(1);
  });

  it("stores a replayed delivery once and says it was a duplicate", async () => {
    const body = chargeBody();
    const headers = signedHeaders(body);
    expect(await (await deliver(body, headers)).json()).toEqual({
      data: { received: true, duplicate: false },
    });
    expect(await (await deliver(body, headers)).json()).toEqual({
      data: { received: true, duplicate: true },
    });
    expect(await storedCount(String(JSON.parse(body).charge.id))).toBe(1);
  });

  it.each([
    ["without a signature", () => ({ "x-recharge-topic": "charge/paid" })],
    ["with a tampered body", (body: string) => signedHeaders(body.replace("success", "refunded"))],
    ["signed with another secret", (body: string) => signedHeaders(body, { secret: "not-the-secret" })],
    ["signed more than 48 h ago", (body: string) => signedHeaders(body, { t: now() - 48 * 3600 - 5 })],
    ["signed in the future", (body: string) => signedHeaders(body, { t: now() + 3600 })],
  ])("refuses a delivery %s with 401 and records nothing", async (_, headersFor) => {
    const before = await storedCount();
    const body = chargeBody();
    const response = await deliver(body, headersFor(body));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("unauthenticated");
    expect(text).not.toContain(SECRET);
    expect(await storedCount()).toBe(before);
  });

  it("checks the signature before the payload: an unsigned bad payload is a 401, not a 422", async () => {
    const response = await deliver("{nope", { "x-recharge-topic": "nope" });
    expect(response.status).toBe(401);
  });

  it("refuses a signed delivery it cannot read with 422 and records nothing", async () => {
    const before = await storedCount();
    const body = JSON.stringify({ order: { id: 1 } });
    const response = await deliver(body, signedHeaders(body, { topic: "charge/paid" }));
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("charge");
    const badTopic = await deliver(body, signedHeaders(body, { topic: "not a topic" }));
    expect((await badTopic.json()).error.fields).toHaveProperty(["X-Recharge-Topic"]);
    expect(await storedCount()).toBe(before);
  });

  it("refuses a body over 1 MB with 413, declared or streamed", async () => {
    const big = `{"charge":{"id":1,"pad":"${"x".repeat(1024 * 1024)}"}}`;
    const declared = await deliver(big, signedHeaders(big));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe("payload_too_large");
    const stream = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 20; index++) controller.enqueue(new Uint8Array(64 * 1024));
        controller.close();
      },
    });
    const streamed = await POST(
      new Request(URL_, {
        method: "POST",
        body: stream,
        headers: signedHeaders(""),
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it("stops reading an endless body just past 1 MB instead of holding it whole", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const response = await POST(
      new Request(URL_, {
        method: "POST",
        body: endless,
        headers: signedHeaders(""),
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024 + 4 * 64 * 1024);
  });

  it("never writes the secret to the log", async () => {
    const logged: unknown[] = [];
    for (const method of ["log", "info", "warn", "error"] as const)
      vi.spyOn(console, method).mockImplementation((...args) => void logged.push(...args));
    const body = chargeBody();
    await deliver(body, signedHeaders(body, { secret: "wrong" }));
    await deliver(body, signedHeaders(body));
    expect(JSON.stringify(logged)).not.toContain(SECRET);
  });
});
