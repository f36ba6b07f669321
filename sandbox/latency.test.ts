// SANDBOX_LATENCY_MS: every API call takes the base delay plus up to the jitter; control calls do not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Latency } from "./http/latency";
import { startTestSandbox, type TestSandbox } from "./test-support";

const BASE_MS = 150;
const JITTER_MS = 100;
// Node's timers run on libuv's whole-millisecond clock, so each of a call's two sleeps may end up to
// 1 ms "early" as measured with performance.now(). Above, the slack covers HTTP on loopback and
// event-loop lag while the whole sandbox suite shares a busy 2-core machine (the exact bounds of the
// draw are checked below, without timers).
const TIMER_GRAIN_MS = 2;
const SLACK_MS = 150;

const timed = async <T>(call: () => Promise<T>) => {
  const started = performance.now();
  const result = await call();
  return { result, ms: performance.now() - started };
};

describe("sandbox latency (base 150 ms, jitter 100 ms)", () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox({ scale: 0.05, latencyMs: BASE_MS, latencyJitterMs: JITTER_MS });
  });
  afterAll(() => t.close());

  it("makes every API call take at least the base delay and at most base + jitter", async () => {
    const durations: number[] = [];
    // Answers of every kind are delayed: a 200, a 404 and a 401.
    for (const [path, token] of [
      ["/token_information", undefined],
      ["/customers?limit=1", undefined],
      ["/no_such_endpoint", undefined],
      ["/token_information", "not-a-token"],
      ["/token_information", undefined],
      ["/charges?limit=1", undefined],
    ] as const) {
      const { ms } = await timed(() => t.api("GET", path, { token }));
      durations.push(ms);
    }
    const seen = durations.map(Math.round).join(", ");
    expect(Math.min(...durations), seen).toBeGreaterThanOrEqual(BASE_MS - TIMER_GRAIN_MS);
    expect(Math.max(...durations), seen).toBeLessThanOrEqual(BASE_MS + JITTER_MS + SLACK_MS);
    // The jitter really varies the calls.
    expect(Math.max(...durations) - Math.min(...durations)).toBeGreaterThan(5);
  });

  it("leaves control-plane calls undelayed", async () => {
    const { ms } = await timed(() => t.control("GET", "/__sandbox/requests"));
    expect(ms).toBeLessThan(BASE_MS);
  });
});

describe("Latency", () => {
  it("draws no delay when off, and otherwise a total within [base, base + jitter] split in two halves", () => {
    expect(new Latency({ baseMs: 0, jitterMs: 0 }, 1).draw()).toEqual({ inboundMs: 0, outboundMs: 0 });
    const latency = new Latency({ baseMs: BASE_MS, jitterMs: JITTER_MS }, 1);
    for (let i = 0; i < 1_000; i++) {
      const { inboundMs, outboundMs } = latency.draw();
      expect(inboundMs + outboundMs).toBeGreaterThanOrEqual(BASE_MS);
      expect(inboundMs + outboundMs).toBeLessThanOrEqual(BASE_MS + JITTER_MS);
      expect(Math.abs(inboundMs - outboundMs)).toBeLessThanOrEqual(1);
    }
  });
});
