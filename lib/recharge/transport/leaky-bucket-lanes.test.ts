import "server-only";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LeakyBucket, LimiterDeadlineError, type Lane } from "./leaky-bucket";

// Recharge's bucket (40, draining 2/s): one drain interval is 500 ms.
const DRAIN_MS = 500;

/** Starts an acquire and records when it was admitted (fake time), or that it failed. */
function track(bucket: LeakyBucket, lane: Lane, options: { deadlineAt?: number } = {}) {
  const state = { startedAt: Date.now(), admittedAt: null as number | null, error: null as unknown };
  const done = bucket.acquire({ ...options, lane }).then(
    () => void (state.admittedAt = Date.now()),
    (error: unknown) => void (state.error = error),
  );
  return { state, done };
}

describe("LeakyBucket lanes: people first, bulk leaves headroom", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("stops bulk at 30 of 40 by default and leaves the slots above to people", async () => {
    const bucket = new LeakyBucket();
    expect(bucket.bulkCeiling).toBe(30);
    const bulk = Array.from({ length: 40 }, () => track(bucket, "bulk"));
    await vi.advanceTimersByTimeAsync(0);
    expect(bulk.filter((call) => call.state.admittedAt !== null)).toHaveLength(30);
    // 40 bulk calls are admitted or waiting, yet a person's call goes at once.
    const person = track(bucket, "person");
    await vi.advanceTimersByTimeAsync(0);
    expect(person.state.admittedAt).toBe(0);
  });

  it("runs a person's call queued behind 40 bulk calls next", async () => {
    const bucket = new LeakyBucket();
    // People filled the bucket to its limit (39: one slot in reserve), so everyone now waits.
    await Promise.all(Array.from({ length: 39 }, () => bucket.acquire()));
    const order: string[] = [];
    const bulk = Array.from({ length: 40 }, (_, n) =>
      bucket.acquire({ lane: "bulk" }).then(() => order.push(`bulk ${n}`)),
    );
    const person = bucket.acquire({ lane: "person" }).then(() => order.push("person"));
    await vi.advanceTimersByTimeAsync(DRAIN_MS);
    expect(order).toEqual(["person"]);
    // Bulk resumes once the bucket drains below its ceiling, in its own FIFO order.
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all([person, ...bulk]);
    expect(order).toEqual(["person", ...Array.from({ length: 40 }, (_, n) => `bulk ${n}`)]);
  });

  it("keeps a person's wait within one drain interval while bulk saturates the bucket", async () => {
    // No headroom (ceiling = limit), so the person really queues and only the lane order helps.
    const bucket = new LeakyBucket({ bulkCeiling: 39 });
    const bulk = Array.from({ length: 400 }, () => track(bucket, "bulk"));
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      await vi.advanceTimersByTimeAsync(1_337); // off the drain beat, so the waits vary
      const person = track(bucket, "person");
      await vi.advanceTimersByTimeAsync(DRAIN_MS);
      expect(person.state.admittedAt, `person ${i} still waiting`).not.toBeNull();
      waits.push(person.state.admittedAt! - person.state.startedAt);
    }
    expect(bulk.filter((call) => call.state.admittedAt === null).length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(DRAIN_MS);
    expect(Math.max(...waits)).toBeGreaterThan(0); // they did queue: the bucket was full
  });

  it("runs bulk alone at the leak rate once it sits at the ceiling", async () => {
    const bucket = new LeakyBucket();
    const bulk = Array.from({ length: 400 }, () => track(bucket, "bulk"));
    await vi.advanceTimersByTimeAsync(0);
    const atCeiling = bulk.filter((call) => call.state.admittedAt !== null).length;
    expect(atCeiling).toBe(30);
    await vi.advanceTimersByTimeAsync(60_000);
    const inTheMinute = bulk.filter((call) => call.state.admittedAt !== null).length - atCeiling;
    expect(inTheMinute).toBeGreaterThanOrEqual(0.9 * 2 * 60);
    expect(inTheMinute).toBeLessThanOrEqual(2 * 60 + 1);
    expect(bucket.currentLevel).toBeLessThanOrEqual(30);
  });

  it("holds bulk back while another instance's usage is above the ceiling, and lets people pass", async () => {
    const bucket = new LeakyBucket();
    bucket.observe("35/40", 200); // another instance exporting on the same token
    const bulk = track(bucket, "bulk");
    const person = track(bucket, "person");
    await vi.advanceTimersByTimeAsync(0);
    expect(person.state.admittedAt).toBe(0);
    expect(bulk.state.admittedAt).toBeNull();
    // 36 counted; bulk goes once it drains to 29, 3.5 s later at 2/s.
    await vi.advanceTimersByTimeAsync(3_400);
    expect(bulk.state.admittedAt).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(bulk.state.admittedAt).toBe(3_500);
  });

  it("rejects a bulk call at once when the ceiling keeps it past its deadline, without taking a slot", async () => {
    const bucket = new LeakyBucket();
    bucket.observe("38/40", 200);
    const bulk = track(bucket, "bulk", { deadlineAt: Date.now() + 1_000 });
    await bulk.done;
    expect(bulk.state.error).toBeInstanceOf(LimiterDeadlineError);
    expect(bucket.currentLevel).toBe(38);
  });

  it("derives a ceiling that fits small and raised buckets, and refuses one above the limit", () => {
    expect(new LeakyBucket({ capacity: 4, leakPerSecond: 10 }).bulkCeiling).toBe(1);
    expect(new LeakyBucket({ capacity: 2000, leakPerSecond: 200 }).bulkCeiling).toBe(1990);
    expect(new LeakyBucket({ bulkCeiling: 20 }).bulkCeiling).toBe(20);
    expect(() => new LeakyBucket({ bulkCeiling: 40 })).toThrow(RangeError);
    expect(() => new LeakyBucket({ bulkCeiling: 0 })).toThrow(RangeError);
  });
});
