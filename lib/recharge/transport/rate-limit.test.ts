import "server-only";
import { afterEach, describe, expect, it } from "vitest";
import { createRechargeClient } from "../client";
import { LeakyBucket } from "./leaky-bucket";
import { RechargeError } from "../recharge-error";
import { chargeFixture, reply, startTestUpstream, type TestUpstream } from "../test-upstream";

let upstream: TestUpstream | undefined;
afterEach(async () => upstream?.close());

/** An upstream with Recharge's own leaky bucket (429 when full, X-Recharge-Limit on every answer). */
async function bucketedUpstream(capacity: number, leakPerSecond: number) {
  let level = 0;
  let updatedAt = Date.now();
  const statuses: number[] = [];
  upstream = await startTestUpstream((req, res) => {
    const now = Date.now();
    level = Math.max(0, level - ((now - updatedAt) / 1000) * leakPerSecond);
    updatedAt = now;
    const full = level + 1 > capacity;
    if (!full) level += 1;
    const headers = { "X-Recharge-Limit": `${Math.ceil(level)}/${capacity}` };
    statuses.push(full ? 429 : 200);
    const id = Number(req.url.split("/").pop());
    if (full) reply(res, 429, { errors: "Too Many Requests" }, headers);
    else reply(res, 200, { charge: chargeFixture({ id }) }, headers);
  });
  return { upstream, statuses };
}

describe("rate limiter in front of the calls", () => {
  it("makes a burst wait its turn instead of failing, in call order, and never meets a 429", async () => {
    const { upstream, statuses } = await bucketedUpstream(4, 10);
    // Default reserve of one slot: 3 go at once, the rest leave one per 100 ms drain.
    const client = createRechargeClient({
      baseUrl: upstream.url,
      token: "t",
      limiter: { capacity: 4, leakPerSecond: 10 },
    });
    const started = Date.now();
    const ids = [1, 2, 3, 4, 5, 6, 7, 8];
    const results = await Promise.all(ids.map((id) => client.charges.get(id)));
    expect(results.map((charge) => charge.id)).toEqual(ids);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    // Those that waited leave one by one, in FIFO order.
    const arrived = upstream.requests.map((request) => Number(request.url.split("/").pop()));
    expect(arrived.slice(3)).toEqual([4, 5, 6, 7, 8]);
  });

  it("fails with rate_limited, sending nothing, when the wait passes the deadline", async () => {
    const { upstream } = await bucketedUpstream(1, 1);
    const client = createRechargeClient({
      baseUrl: upstream.url,
      token: "t",
      limiter: { capacity: 1, leakPerSecond: 1, reserve: 0 },
      deadlineMs: 200,
    });
    await client.charges.get(1);
    const error = await client.charges.process(2).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RechargeError);
    expect(error).toMatchObject({ kind: "rate_limited", status: 0, attempts: 0, outcomeUnknown: false });
    expect(upstream.requests).toHaveLength(1);
  });

  it("follows the server's X-Recharge-Limit when another client used the same token", async () => {
    const { upstream, statuses } = await bucketedUpstream(2, 10);
    const shared = new LeakyBucket({ capacity: 2, leakPerSecond: 10, reserve: 0 });
    const other = createRechargeClient({
      baseUrl: upstream.url,
      token: "t",
      limiter: { capacity: 2, leakPerSecond: 10, reserve: 0 },
    });
    const client = createRechargeClient({ baseUrl: upstream.url, token: "t", limiter: shared });
    await other.charges.get(1); // the bucket upstream now holds 1 that `client` does not know of
    await client.charges.get(2); // its answer says 2/2
    expect(shared.currentLevel).toBeGreaterThan(1.5);
    await client.charges.get(3); // so this one waits for the drain instead of meeting a 429
    expect(statuses).toEqual([200, 200, 200]);
  });

  it("sends a person's call ahead of bulk calls already waiting, and bulk calls in their order", async () => {
    const { upstream, statuses } = await bucketedUpstream(4, 10);
    // No headroom (bulkCeiling = capacity), so only the lanes decide the order once the bucket is full.
    const client = createRechargeClient({
      baseUrl: upstream.url,
      token: "t",
      limiter: { capacity: 4, leakPerSecond: 10, reserve: 0, bulkCeiling: 4 },
    });
    const bulk = [1, 2, 3, 4, 5, 6, 7].map((id) => client.charges.get(id, { lane: "bulk" }));
    const person = client.charges.get(100);
    await Promise.all([...bulk, person]);
    const arrived = upstream.requests.map((request) => Number(request.url.split("/").pop()));
    expect(arrived).toEqual([1, 2, 3, 4, 100, 5, 6, 7]);
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it("accepts a raised bucket for benchmarks", async () => {
    const { upstream, statuses } = await bucketedUpstream(100, 1);
    const client = createRechargeClient({
      baseUrl: upstream.url,
      token: "t",
      limiter: { capacity: 100, leakPerSecond: 1 },
    });
    const started = Date.now();
    await Promise.all(Array.from({ length: 60 }, (_, i) => client.charges.get(i + 1)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
