import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const ORIGIN = "https://ops.example.com";
setInMemoryDemoEnv({ NEXTAUTH_URL: ORIGIN });

// Who is signed in, as the session cookie would say; the rest of the route runs for real.
const session = vi.hoisted(() => ({ operator: null as SessionOperator | null }));
vi.mock("@/lib/auth/session", () => ({ getOperator: async () => session.operator }));

const { mutationRoute } = await import("./mutation-route");
const { localResult } = await import("./local-result");
const { getDb } = await import("@/lib/db/client");

const route = mutationRoute({
  action: "test.poke",
  permission: "charges:skip",
  targetType: "thing",
  params: z.object({}),
  targetId: () => "1",
  input: z.strictObject({ reason: z.string().optional() }),
  run: async () => localResult({ poked: true }),
});

let serial = 0;
function post(body = "{}", headers: Record<string, string> = {}) {
  serial += 1;
  return route(
    new Request(`${ORIGIN}/api/test`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        "idempotency-key": `key-${serial}-test`,
        ...headers,
      },
    }),
    { params: Promise.resolve({}) },
  );
}

const auditRows = async () =>
  await (
    await getDb()
  ).query<{ operator_email: string | null; http_status: number; upstream_status: number | null }>(
    "SELECT operator_email, http_status, upstream_status FROM audit_log WHERE action = 'test.poke' ORDER BY id",
  );

afterEach(() => {
  session.operator = null;
  vi.restoreAllMocks();
});

describe("mutationRoute", () => {
  it("answers signed-out requests 401 without writing to the audit log, counting them in one log line", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const before = (await auditRows()).length;
    for (let index = 0; index < 50; index++) expect((await post('{"reason":"x"}')).status).toBe(401);
    expect((await auditRows()).length).toBe(before);
    // At most one line a minute, with the count and the action, and nothing of the request itself.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/signed-out mutation request\(s\).*test\.poke ×1/);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('"reason"');
  });

  it("keeps exactly one audit record per signed-in operator's attempt, refused or applied", async () => {
    const before = (await auditRows()).length;
    session.operator = { id: "3", email: "viewer@example.com", name: "Vic", role: "viewer" };
    expect((await post()).status).toBe(403);
    session.operator = { id: "2", email: "agent@example.com", name: "Alex", role: "agent" };
    expect((await post()).status).toBe(200);
    const rows = (await auditRows()).slice(before);
    expect(rows).toEqual([
      { operator_email: "viewer@example.com", http_status: 403, upstream_status: null },
      // A change to our own records names no Recharge call.
      { operator_email: "agent@example.com", http_status: 200, upstream_status: null },
    ]);
  });

  it("stops reading a body at the limit and answers 413, however long the stream would go on", async () => {
    session.operator = { id: "2", email: "agent@example.com", name: "Alex", role: "agent" };
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const response = await route(
      new Request(`${ORIGIN}/api/test`, {
        method: "POST",
        body: endless,
        duplex: "half",
        headers: { "content-type": "application/json", origin: ORIGIN, "idempotency-key": "key-endless-1" },
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    // The default limit is 64 kB: a few chunks past it were read, not the whole stream.
    expect(pulled).toBeLessThan(256 * 1024);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    session.operator = { id: "2", email: "agent@example.com", name: "Alex", role: "agent" };
    const response = await post(`{"reason":"${"x".repeat(70 * 1024)}"}`);
    expect(response.status).toBe(413);
  });
});
