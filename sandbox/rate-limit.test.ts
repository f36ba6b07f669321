// The leaky bucket with real time (no fake timers): small buckets keep the waits short.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READONLY, startTestSandbox, type TestSandbox } from "./test-support";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("default bucket (40 requests, 2 per second)", () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox({ scale: 0.05, bucketSize: 40, leakRate: 2 });
  });
  afterAll(() => t.close());

  it("lets a burst of 40 pass and answers the 41st with 429 Too Many Requests", async () => {
    const first = await t.api("GET", "/token_information");
    expect(first.headers.get("x-recharge-limit")).toBe("1/40");
    // The rest of the burst goes out at once, so the bucket has no time to drain.
    const burst = await Promise.all(Array.from({ length: 39 }, () => t.api("GET", "/token_information")));
    expect(burst.map((res) => res.status)).toEqual(Array(39).fill(200));
    const refused = await t.api("GET", "/token_information");
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ errors: "Too Many Requests" });
    expect(refused.headers.get("x-recharge-limit")).toBe("40/40");
  });
});

describe("small bucket (3 requests, 2 per second)", () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox({ scale: 0.05, bucketSize: 3, leakRate: 2 });
  });
  afterAll(() => t.close());

  it("counts each token's requests separately", async () => {
    for (let i = 0; i < 3; i++) await t.api("GET", "/token_information");
    expect((await t.api("GET", "/token_information")).status).toBe(429);
    const other = await t.api("GET", "/token_information", { token: READONLY });
    expect(other.status).toBe(200);
    expect(other.headers.get("x-recharge-limit")).toBe("1/3");
  });

  it("drains over time so that a request passes again", async () => {
    for (let i = 0; i < 4; i++) await t.api("GET", "/token_information");
    await sleep(700);
    expect((await t.api("GET", "/token_information")).status).toBe(200);
  });

  it("does not count refused requests", async () => {
    for (let i = 0; i < 10; i++) await t.api("GET", "/token_information");
    await sleep(700);
    expect((await t.api("GET", "/token_information")).status).toBe(200);
  });

  it("does not count control-plane calls", async () => {
    await sleep(1_600);
    for (let i = 0; i < 10; i++) await t.control("GET", "/__sandbox/requests");
    const res = await t.api("GET", "/token_information");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-recharge-limit")).toBe("1/3");
  });

  it("does not execute a refused request", async () => {
    await sleep(1_600);
    for (let i = 0; i < 3; i++) await t.api("GET", "/token_information");
    const refused = await t.api("POST", "/discounts", {
      body: { code: "NOT_EXECUTED", value: "5", value_type: "percentage" },
    });
    expect(refused.status).toBe(429);
    await sleep(600);
    const listed = await t.api<{ discounts: unknown[] }>("GET", "/discounts?discount_code=NOT_EXECUTED");
    expect(listed.body.discounts).toEqual([]);
  });

  it("answers 429 even for a request that would be a 404", async () => {
    for (let i = 0; i < 4; i++) await t.api("GET", "/token_information");
    const res = await t.api("GET", "/does_not_exist");
    expect(res.status).toBe(429);
  });
});
