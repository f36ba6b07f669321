import "server-only";
import { afterEach, describe, expect, it } from "vitest";
import { createRechargeClient, type RechargeClientOptions } from "../client";
import { RechargeError } from "../recharge-error";
import {
  chargeFixture,
  reply,
  startTestUpstream,
  type TestUpstream,
  type UpstreamHandler,
} from "../test-upstream";

const TOKEN = "sk_test_transport_token_123";
let upstream: TestUpstream | undefined;
afterEach(async () => upstream?.close());

async function setup(handler: UpstreamHandler, options: Partial<RechargeClientOptions> = {}) {
  upstream = await startTestUpstream(handler);
  const client = createRechargeClient({
    baseUrl: upstream.url,
    token: TOKEN,
    limiter: { capacity: 1000, leakPerSecond: 1000 },
    ...options,
  });
  return { client, upstream };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("expected a RechargeError"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(RechargeError);
      return error as RechargeError;
    },
  );

describe("transport — requests", () => {
  it("sends the token, the 2021-11 version and JSON headers; Content-Type only with a body", async () => {
    const { client, upstream } = await setup((_req, res) => reply(res, 200, { charge: chargeFixture() }));
    await client.charges.get(101);
    await client.charges.process(101);
    const [read, write] = upstream.requests;
    expect(read?.headers).toMatchObject({
      "x-recharge-access-token": TOKEN,
      "x-recharge-version": "2021-11",
      accept: "application/json",
    });
    expect(read?.headers["content-type"]).toBeUndefined();
    expect(write).toMatchObject({ method: "POST", url: "/charges/101/process", body: "{}" });
    expect(write?.headers["content-type"]).toBe("application/json");
  });

  it("reuses kept-alive connections across sequential calls", async () => {
    const { client, upstream } = await setup((_req, res) => reply(res, 200, { charge: chargeFixture() }));
    for (let i = 0; i < 6; i += 1) await client.charges.get(101);
    // undici returns a socket to its pool a tick after the body ends, so a back-to-back call may
    // open a second one; what matters is that connections are reused rather than one per call.
    expect(new Set(upstream.requests.map((request) => request.connection)).size).toBeLessThanOrEqual(2);
  });

  it("returns list items untouched with camelCase cursors, and serialises filters", async () => {
    const item = chargeFixture({ brand_new_field: { kept: true } });
    const { client, upstream } = await setup((_req, res) =>
      reply(res, 200, { next_cursor: "n1", previous_cursor: null, charges: [item] }),
    );
    const page = await client.charges.list({
      status: "queued",
      ids: [1, 2],
      sort_by: "scheduled_at-asc",
      limit: 10,
    });
    expect(page).toEqual({
      items: [item],
      nextCursor: "n1",
      previousCursor: null,
      unreadableCount: 0,
      requestId: null,
    });
    expect(upstream.requests[0]?.url).toBe(
      "/charges?status=queued&ids=1%2C2&sort_by=scheduled_at-asc&limit=10",
    );
  });

  it("answers a 204 delete with data null and the upstream meta", async () => {
    const { client } = await setup((_req, res) => reply(res, 204, undefined, { "X-Request-Id": "req-204" }));
    const result = await client.discounts.delete(5);
    expect(result.data).toBeNull();
    expect(result.meta).toMatchObject({ status: 204, requestId: "req-204", attempts: 1 });
  });

  it("gives a successful mutation its upstream status and request id", async () => {
    const { client } = await setup((_req, res) =>
      reply(res, 200, { charge: chargeFixture({ status: "skipped" }) }, { "X-Request-Id": "req-1" }),
    );
    const result = await client.charges.skip(101, { purchase_item_ids: [7] });
    expect(result.data.status).toBe("skipped");
    expect(result.meta).toMatchObject({ status: 200, requestId: "req-1", attempts: 1 });
    expect(result.meta.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe("transport — Recharge error bodies become RechargeError fields", () => {
  it.each([
    [404, { errors: "Not Found" }, "Not Found", {}],
    [401, { error: "bad authentication" }, "bad authentication", {}],
    [
      422,
      { errors: { date: ["date is not far enough in the future"] } },
      "date: date is not far enough in the future",
      { date: ["date is not far enough in the future"] },
    ],
    [
      422,
      { errors: { code: "has already been taken" } },
      "code: has already been taken",
      { code: ["has already been taken"] },
    ],
    [
      422,
      { errors: { billing_address: { zip: ["is invalid"] } } },
      "billing_address.zip: is invalid",
      { "billing_address.zip": ["is invalid"] },
    ],
    [400, { errors: { _schema: ["Invalid input type."] } }, "Invalid input type.", {}],
    [
      409,
      { error: "A call to this route is already in progress." },
      "A call to this route is already in progress.",
      {},
    ],
    [
      403,
      { errors: "You do not have sufficient permissions (scopes) for this object" },
      "You do not have sufficient permissions (scopes) for this object",
      {},
    ],
  ])("%i %j", async (status, body, message, fieldErrors) => {
    const { client, upstream } = await setup((_req, res) =>
      reply(res, status, body, { "X-Request-Id": "req-err" }),
    );
    const error = await failure(client.subscriptions.setNextChargeDate(3, { date: "2030-01-01" }));
    expect(error).toMatchObject({
      kind: "http",
      status,
      message,
      fieldErrors,
      requestId: "req-err",
      outcomeUnknown: false,
    });
    expect(error).toMatchObject({
      method: "POST",
      path: "/subscriptions/3/set_next_charge_date",
      attempts: 1,
    });
    expect(upstream.requests).toHaveLength(1);
  });

  it("falls back to a generic message when the error body is empty or HTML", async () => {
    const { client } = await setup((_req, res) => reply(res, 404, "<html>nope</html>"));
    const error = await failure(client.customers.get(9));
    expect(error).toMatchObject({
      kind: "http",
      status: 404,
      message: "Recharge answered 404 to GET /customers/9",
    });
  });
});

describe("transport — unreadable answers are invalid_response", () => {
  it("rejects a 200 whose body is not JSON", async () => {
    const { client } = await setup((_req, res) => reply(res, 200, "{not json"));
    const error = await failure(client.charges.get(1));
    expect(error).toMatchObject({ kind: "invalid_response", status: 200, outcomeUnknown: false });
  });

  // Records are read one by one (an odd one is left out: read-records.test.ts); the envelope itself
  // and a single record asked for by id must still be readable.
  it("rejects a 200 list whose envelope does not match, naming the path", async () => {
    const { client } = await setup((_req, res) =>
      reply(res, 200, { charges: "teleported", next_cursor: null, previous_cursor: null }),
    );
    const error = await failure(client.charges.list());
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("charges");
  });

  it("rejects a 200 single record it cannot read, naming the path", async () => {
    const { client } = await setup((_req, res) =>
      reply(res, 200, { charge: chargeFixture({ total_price: "twelve" }) }),
    );
    const error = await failure(client.charges.get(101));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("charge.total_price");
  });

  it("marks an unreadable 2xx to a mutation as outcome unknown (it was applied)", async () => {
    const { client } = await setup((_req, res) => reply(res, 200, { charge: { id: "x" } }));
    const error = await failure(client.charges.refund(1, { full_refund: true }));
    expect(error).toMatchObject({ kind: "invalid_response", status: 200, outcomeUnknown: true });
  });

  it("never follows a redirect", async () => {
    const { client, upstream } = await setup((req, res) =>
      req.url === "/elsewhere"
        ? reply(res, 200, { charge: chargeFixture() })
        : reply(res, 302, "", { Location: "/elsewhere" }),
    );
    const error = await failure(client.charges.get(1));
    expect(error).toMatchObject({ kind: "invalid_response", status: 302 });
    expect(upstream.requests.map((request) => request.url)).toEqual(["/charges/1"]);
  });
});
