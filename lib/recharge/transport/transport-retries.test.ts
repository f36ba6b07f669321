import "server-only";
import { afterEach, describe, expect, it } from "vitest";
import { createRechargeClient, type RechargeClientOptions } from "../client";
import { RechargeError } from "../recharge-error";
import {
  chargeFixture,
  delay,
  reply,
  startTestUpstream,
  type TestUpstream,
  type UpstreamHandler,
} from "../test-upstream";
import type { RequestEvent } from "./types";

let upstream: TestUpstream | undefined;
afterEach(async () => upstream?.close());

async function setup(handler: UpstreamHandler, options: Partial<RechargeClientOptions> = {}) {
  upstream = await startTestUpstream(handler);
  const client = createRechargeClient({
    baseUrl: upstream.url,
    token: "sk_retry_token",
    limiter: { capacity: 1000, leakPerSecond: 1000 },
    retry: { baseDelayMs: 10, maxDelayMs: 40 },
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

const ok = { charge: chargeFixture() };

describe("transport — retries of reads", () => {
  it("retries a GET on 503 and then succeeds", async () => {
    const { client, upstream } = await setup((_req, res, i) =>
      i === 0 ? reply(res, 503, { errors: "Service Unavailable" }) : reply(res, 200, ok),
    );
    await expect(client.charges.get(101)).resolves.toMatchObject({ id: 101 });
    expect(upstream.requests).toHaveLength(2);
  });

  it("gives up on a persistent 503 after 3 attempts, well within the 10 s deadline (default backoff)", async () => {
    const { client, upstream } = await setup(
      (_req, res) => reply(res, 503, { errors: "Service Unavailable" }),
      { retry: undefined },
    );
    const started = Date.now();
    const error = await failure(client.customers.get(1));
    expect(error).toMatchObject({ kind: "http", status: 503, attempts: 3, outcomeUnknown: false });
    expect(upstream.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("does not start a retry whose backoff would pass the deadline", async () => {
    const { client, upstream } = await setup((_req, res) => reply(res, 502, ""), {
      deadlineMs: 300,
      retry: { baseDelayMs: 1000, maxDelayMs: 1000 },
    });
    const error = await failure(client.customers.get(1));
    expect(error).toMatchObject({ status: 502, attempts: 1 });
    expect(upstream.requests).toHaveLength(1);
  });

  it("retries a GET that timed out", async () => {
    const { client, upstream } = await setup(
      async (_req, res, i) => {
        if (i === 0) await delay(1500);
        reply(res, 200, ok);
      },
      { timeoutMs: 300 },
    );
    await expect(client.charges.get(101)).resolves.toMatchObject({ id: 101 });
    expect(upstream.requests).toHaveLength(2);
  });

  it("does not retry a GET answered 404", async () => {
    const { client, upstream } = await setup((_req, res) => reply(res, 404, { errors: "Not Found" }));
    await failure(client.charges.get(1));
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("transport — mutations get one upstream attempt", () => {
  it("never retries a mutation answered 500, and marks its outcome unknown", async () => {
    const { client, upstream } = await setup((_req, res) =>
      reply(res, 500, { errors: "Internal Server Error" }),
    );
    const error = await failure(client.charges.process(1));
    expect(error).toMatchObject({ kind: "http", status: 500, attempts: 1, outcomeUnknown: true });
    expect(upstream.requests).toHaveLength(1);
  });

  it("never retries a mutation answered 503", async () => {
    const { client, upstream } = await setup((_req, res) =>
      reply(res, 503, { errors: "Service Unavailable" }),
    );
    await failure(client.subscriptions.activate(1));
    expect(upstream.requests).toHaveLength(1);
  });

  it("retries a mutation answered 429 (it was not executed)", async () => {
    const { client, upstream } = await setup(
      (_req, res, i) => (i === 0 ? reply(res, 429, { errors: "Too Many Requests" }) : reply(res, 200, ok)),
      {
        limiter: { capacity: 40, leakPerSecond: 50 },
      },
    );
    const result = await client.charges.refund(101, { amount: "5.00" });
    expect(result.meta).toMatchObject({ status: 200, attempts: 2 });
    expect(upstream.requests.map((request) => request.body)).toEqual([
      '{"amount":"5.00"}',
      '{"amount":"5.00"}',
    ]);
  });

  it("reports rate_limited with a known outcome when every attempt got 429", async () => {
    const { client, upstream } = await setup(
      (_req, res) => reply(res, 429, { errors: "Too Many Requests" }),
      { limiter: { capacity: 40, leakPerSecond: 100 } },
    );
    const error = await failure(client.charges.skip(1, { purchase_item_ids: [2] }));
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, attempts: 3, outcomeUnknown: false });
    expect(upstream.requests).toHaveLength(3);
  });

  it("marks a mutation that timed out after sending as outcome unknown, without retrying", async () => {
    const { client, upstream } = await setup(
      async (_req, res) => {
        await delay(1000);
        reply(res, 200, ok);
      },
      { timeoutMs: 150 },
    );
    const error = await failure(client.charges.process(1));
    expect(error).toMatchObject({ kind: "timeout", status: 0, attempts: 1, outcomeUnknown: true });
    expect(upstream.requests).toHaveLength(1);
  });

  it("marks a mutation whose connection was reset after sending as outcome unknown", async () => {
    const { client, upstream } = await setup((_req, res) => void res.socket?.destroy());
    const error = await failure(client.subscriptions.cancel(1, { cancellation_reason: "moved" }));
    expect(error).toMatchObject({ kind: "network", status: 0, attempts: 1, outcomeUnknown: true });
    expect(upstream.requests).toHaveLength(1);
  });

  it("knows a refused connection sent nothing (outcome known)", async () => {
    const { client, upstream } = await setup((_req, res) => reply(res, 200, ok));
    await upstream.close();
    const error = await failure(client.charges.process(1));
    expect(error).toMatchObject({ kind: "network", outcomeUnknown: false });
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("reports a caller abort as aborted", async () => {
    const { client } = await setup(async (_req, res) => {
      await delay(1000);
      reply(res, 200, ok);
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(client.charges.process(1, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: "aborted", outcomeUnknown: true });
  });
});

describe("transport — telemetry", () => {
  it("reports every attempt with status, request id and duration", async () => {
    const events: RequestEvent[] = [];
    const { client } = await setup(
      (_req, res, i) =>
        i === 0 ? reply(res, 503, "", { "X-Request-Id": "a" }) : reply(res, 200, ok, { "X-Request-Id": "b" }),
      { onRequest: (event) => events.push(event) },
    );
    await client.charges.get(101);
    expect(events).toMatchObject([
      { method: "GET", path: "/charges/101", attempt: 1, status: 503, requestId: "a", errorKind: "http" },
      { method: "GET", path: "/charges/101", attempt: 2, status: 200, requestId: "b", errorKind: null },
    ]);
  });

  it("ignores a telemetry hook that throws", async () => {
    const { client } = await setup((_req, res) => reply(res, 200, ok), {
      onRequest: () => {
        throw new Error("broken hook");
      },
    });
    await expect(client.charges.get(101)).resolves.toMatchObject({ id: 101 });
  });
});
