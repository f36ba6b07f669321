import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoggedRequest } from "./control/request-log";
import { isLoopbackAddress } from "./control/control-plane";
import { controlPlaneAllowed, startSandbox } from "./server";
import { startTestSandbox, type ListPage, type TestSandbox } from "./test-support";
import { seedDiscountFixtures } from "./seed/seed-discount-fixtures";

const NAMED_CODES = seedDiscountFixtures({ base: 0 }, 0).length;

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05, seed: 5 });
});
afterAll(() => t.close());

type Fault = { id: number; hits: number };
const addFault = async (fault: Record<string, unknown>) => {
  const res = await t.control<{ fault: Fault }>("POST", "/__sandbox/faults", fault);
  expect(res.status).toBe(201);
  return res.body.fault;
};

describe("POST /__sandbox/reset", () => {
  it("re-seeds deterministically: the same seed gives the same answers, byte for byte", async () => {
    await t.control("POST", "/__sandbox/reset", { seed: 7, scale: 0.05 });
    const first = await t.api("GET", "/charges?limit=100&sort_by=scheduled_at-asc");
    await t.api("POST", "/discounts", { body: { code: "BETWEEN", value: "5", value_type: "percentage" } });
    await t.control("POST", "/__sandbox/reset", { seed: 7 });
    const again = await t.api("GET", "/charges?limit=100&sort_by=scheduled_at-asc");
    expect(again.text).toBe(first.text);
    const codes = await t.api<ListPage<"discounts", { code: string }>>(
      "GET",
      "/discounts?discount_code=BETWEEN",
    );
    expect(codes.body.discounts).toEqual([]);
  });

  it("a different seed gives different data", async () => {
    await t.control("POST", "/__sandbox/reset", { seed: 7 });
    const a = await t.api("GET", "/customers?limit=20");
    await t.control("POST", "/__sandbox/reset", { seed: 8 });
    const b = await t.api("GET", "/customers?limit=20");
    expect(b.text).not.toBe(a.text);
  });

  it("applies the scale and reports the counts", async () => {
    const res = await t.control<{ seed: number; scale: number; counts: Record<string, number> }>(
      "POST",
      "/__sandbox/reset",
      { seed: 3, scale: 0.1 },
    );
    expect(res.body).toMatchObject({
      seed: 3,
      scale: 0.1,
      // 20 random discount codes, and the named ones every seed has.
      counts: { customers: 200, subscriptions: 300, charges: 1000, discounts: 20 + NAMED_CODES },
    });
    await t.control("POST", "/__sandbox/reset", { seed: 5, scale: 0.05 });
  });

  it("refuses an out-of-range scale with 422", async () => {
    const res = await t.control<{ errors: Record<string, string[]> }>("POST", "/__sandbox/reset", {
      scale: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.scale).toBeDefined();
  });

  it("makes old cursors of another seed invalid", async () => {
    await t.control("POST", "/__sandbox/reset", { seed: 11 });
    const page = await t.api<{ next_cursor: string }>("GET", "/customers?limit=2");
    await t.control("POST", "/__sandbox/reset", { seed: 12 });
    const res = await t.api("GET", `/customers?cursor=${page.body.next_cursor}`);
    expect(res.body).toEqual({ errors: { cursor: ["Invalid value"] } });
  });
});

describe("POST /__sandbox/faults", () => {
  it("answers matching requests with the fault's status and the contract's body for it", async () => {
    await addFault({ path: "/charges", status: 503 });
    const res = await t.api("GET", "/charges?limit=1");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ errors: "Service Unavailable" });
    expect(res.headers.get("x-request-id")).toBeTruthy();
    await t.control("DELETE", "/__sandbox/faults");
    expect((await t.api("GET", "/charges?limit=1")).status).toBe(200);
  });

  it("produces the 409 route-lock answer", async () => {
    await addFault({ method: "POST", path: "/charges/*/skip", status: 409, times: 1 });
    const res = await t.api("POST", "/charges/1/skip", { body: {} });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: "A call to this route is already in progress." });
  });

  it("fires `times` times, then lets requests through", async () => {
    await addFault({ path: "/customers", status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.api("GET", "/customers?limit=1")).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it("matches the method when one is given", async () => {
    const fault = await addFault({
      method: "POST",
      path: "/discounts",
      status: 422,
      body: { errors: { code: ["is reserved"] } },
    });
    expect((await t.api("GET", "/discounts?limit=1")).status).toBe(200);
    const res = await t.api("POST", "/discounts", { body: { code: "X" } });
    expect(res.body).toEqual({ errors: { code: ["is reserved"] } });
    await t.control("DELETE", `/__sandbox/faults/${fault.id}`);
  });

  it("matches only requests whose query has the given values when `query` is set", async () => {
    const fault = await addFault({
      method: "GET",
      path: "/charges",
      query: { customer_id: "42" },
      status: 503,
    });
    expect((await t.api("GET", "/charges?limit=1")).status).toBe(200);
    expect((await t.api("GET", "/charges?customer_id=43")).status).toBe(200);
    expect((await t.api("GET", "/charges?customer_id=42&limit=5")).status).toBe(503);
    await t.control("DELETE", `/__sandbox/faults/${fault.id}`);
  });

  it("matches one segment with * and any number with **", async () => {
    await addFault({ path: "/charges/*/refund", status: 502 });
    await addFault({ path: "/subscriptions/**", status: 504 });
    expect((await t.api("POST", "/charges/9/refund", { body: {} })).status).toBe(502);
    expect((await t.api("POST", "/charges/9/skip", { body: {} })).status).toBe(404);
    expect((await t.api("GET", "/subscriptions/9")).status).toBe(504);
    expect((await t.api("POST", "/subscriptions/9/cancel", { body: {} })).status).toBe(504);
    await t.control("DELETE", "/__sandbox/faults");
  });

  it("delays the answer by delay_ms and then answers normally", async () => {
    await addFault({ path: "/customers", delay_ms: 300, times: 1 });
    const started = performance.now();
    const res = await t.api("GET", "/customers?limit=1");
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops the connection with drop: true", async () => {
    await addFault({ path: "/orders", drop: true, times: 1 });
    await expect(t.api("GET", "/orders")).rejects.toThrow();
    expect((await t.api("GET", "/orders?limit=1")).status).toBe(200);
  });

  it("fires with probability `rate`", async () => {
    const fault = await addFault({ path: "/token_information", status: 500, rate: 0.5 });
    let failed = 0;
    for (let i = 0; i < 100; i++) if ((await t.api("GET", "/token_information")).status === 500) failed++;
    expect(failed).toBeGreaterThan(25);
    expect(failed).toBeLessThan(75);
    const listed = await t.control<{ faults: Fault[] }>("GET", "/__sandbox/faults");
    expect(listed.body.faults.find((f) => f.id === fault.id)?.hits).toBe(failed);
    await t.control("DELETE", "/__sandbox/faults");
  });

  it.each([
    [422, { errors: { code: "is reserved" } }],
    [422, { errors: { billing_address: { zip: ["is invalid"] } } }],
    [422, { errors: { _schema: ["Invalid payload"] } }],
    [402, { errors: "Payment declined" }],
  ])("produces a %i with the body %j, so clients can meet every shape of §3", async (status, body) => {
    await addFault({ path: "/charges/*/process", status, body, times: 1 });
    const res = await t.api("POST", "/charges/1/process", { body: {} });
    expect(res.status).toBe(status);
    expect(res.body).toEqual(body);
  });

  it("sends a string body as-is, e.g. a proxy's HTML page", async () => {
    await addFault({ path: "/charges", status: 502, body: "<html>Bad Gateway</html>", times: 1 });
    const res = await t.api("GET", "/charges");
    expect(res.status).toBe(502);
    expect(res.text).toBe("<html>Bad Gateway</html>");
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
  });

  it.each([
    [{ status: 500 }],
    [{ path: "/x" }],
    [{ path: "/x", status: 500, drop: true }],
    [{ path: "x", status: 500 }],
  ])("refuses the fault %j with 422", async (fault) => {
    expect((await t.control("POST", "/__sandbox/faults", fault)).status).toBe(422);
  });
});

describe("GET /__sandbox/requests", () => {
  it("logs method, path, query, status, time, token name and the body of mutations", async () => {
    await t.control("DELETE", "/__sandbox/requests");
    await t.api("GET", "/customers?limit=2&email=a%40b.c");
    await t.api("POST", "/charges/1/refund", { body: { amount: "1.00" } });
    const res = await t.control<{ requests: LoggedRequest[] }>("GET", "/__sandbox/requests");
    expect(res.body.requests).toHaveLength(2);
    expect(res.body.requests[0]).toMatchObject({
      method: "GET",
      path: "/customers",
      query: { limit: "2", email: "a@b.c" },
      status: 200,
      token: "admin",
    });
    expect(res.body.requests[1]).toMatchObject({
      method: "POST",
      path: "/charges/1/refund",
      status: 404,
      body: { amount: "1.00" },
    });
    expect(Date.parse(res.body.requests[1]!.time)).not.toBeNaN();
    expect(JSON.stringify(res.body)).not.toContain("sandbox_admin_token");
  });

  it("filters by method and path pattern", async () => {
    await t.control("DELETE", "/__sandbox/requests");
    await t.api("GET", "/charges/5");
    await t.api("POST", "/charges/5/skip", { body: {} });
    await t.api("POST", "/subscriptions/5/cancel", { body: {} });
    const res = await t.control<{ requests: LoggedRequest[] }>(
      "GET",
      "/__sandbox/requests?method=post&path=/charges/*/skip",
    );
    expect(res.body.requests.map((r) => r.path)).toEqual(["/charges/5/skip"]);
  });

  it("records faulted and dropped requests with the fault's id", async () => {
    await t.control("DELETE", "/__sandbox/requests");
    const fault = await addFault({ path: "/orders", drop: true, times: 1 });
    await t.api("GET", "/orders").catch(() => undefined);
    const res = await t.control<{ requests: LoggedRequest[] }>("GET", "/__sandbox/requests");
    expect(res.body.requests).toEqual([
      expect.objectContaining({ path: "/orders", status: 0, fault_id: fault.id }),
    ]);
  });

  it("DELETE /__sandbox/requests empties the log", async () => {
    await t.api("GET", "/customers?limit=1");
    expect((await t.control("DELETE", "/__sandbox/requests")).status).toBe(204);
    expect((await t.control<{ requests: unknown[] }>("GET", "/__sandbox/requests")).body.requests).toEqual(
      [],
    );
  });
});

describe("control plane access", () => {
  it("is switched off with controlPlane: false", async () => {
    const closed = await startSandbox({ port: 0, scale: 0.05, controlPlane: false });
    try {
      const res = await fetch(`${closed.url}/__sandbox/requests`);
      expect(res.status).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it("is off under NODE_ENV=production unless SANDBOX_CONTROL_PLANE=1", () => {
    expect(controlPlaneAllowed(undefined, { NODE_ENV: "production" })).toBe(false);
    expect(controlPlaneAllowed(undefined, { NODE_ENV: "production", SANDBOX_CONTROL_PLANE: "1" })).toBe(true);
    expect(controlPlaneAllowed(undefined, { NODE_ENV: "test" })).toBe(true);
    expect(controlPlaneAllowed(false, { NODE_ENV: "test" })).toBe(false);
  });

  it("counts only loopback addresses as local", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"].every(isLoopbackAddress)).toBe(true);
    expect(["192.0.2.2", "::ffff:10.0.0.1", "fd00::2", undefined].some(isLoopbackAddress)).toBe(false);
  });

  it("answers 403 to a client that is not on loopback", async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === "IPv4" && !info.internal);
    // Machines without a non-loopback interface cannot produce such a client; the unit check above still holds.
    const open = await startSandbox({ port: 0, host: "0.0.0.0", scale: 0.05 });
    try {
      const local = await fetch(`http://127.0.0.1:${open.port}/__sandbox/requests`);
      expect(local.status).toBe(200);
      if (external) {
        const remote = await fetch(`http://${external.address}:${open.port}/__sandbox/requests`);
        expect(remote.status).toBe(403);
      }
    } finally {
      await open.close();
    }
  });
});
