import "server-only";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LeakyBucket, LimiterDeadlineError } from "./leaky-bucket";

describe("LeakyBucket", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("lets a burst up to capacity through at once", async () => {
    const bucket = new LeakyBucket({ capacity: 3, leakPerSecond: 1, reserve: 0 });
    await Promise.all([bucket.acquire(), bucket.acquire(), bucket.acquire()]);
    expect(bucket.currentLevel).toBe(3);
  });

  it("keeps one slot in reserve by default, so network jitter cannot fill Recharge's bucket", async () => {
    const bucket = new LeakyBucket();
    await Promise.all(Array.from({ length: 39 }, () => bucket.acquire()));
    let admitted = false;
    const fortieth = bucket.acquire().then(() => (admitted = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    await fortieth;
    expect(admitted).toBe(true);
  });

  it("makes calls beyond capacity wait for the drain, in FIFO order", async () => {
    const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 2, reserve: 0 });
    const order: number[] = [];
    const calls = [1, 2, 3, 4, 5].map((n) => bucket.acquire().then(() => order.push(n)));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(500);
    expect(order).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(calls);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects at once when the wait certainly passes the deadline, without taking a slot", async () => {
    const bucket = new LeakyBucket({ capacity: 1, leakPerSecond: 1, reserve: 0 });
    await bucket.acquire();
    await expect(bucket.acquire({ deadlineAt: Date.now() + 100 })).rejects.toBeInstanceOf(
      LimiterDeadlineError,
    );
    expect(bucket.currentLevel).toBe(1);
  });

  it("rejects a waiter whose deadline passes after the server reported a fuller bucket", async () => {
    const bucket = new LeakyBucket({ capacity: 2, leakPerSecond: 1, reserve: 0 });
    await bucket.acquire();
    await bucket.acquire();
    const waiting = bucket.acquire({ deadlineAt: Date.now() + 1200 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    bucket.observe("2/2", 200); // another process filled it: the slot now frees at 1500 ms
    await vi.advanceTimersByTimeAsync(800);
    expect(await waiting).toBeInstanceOf(LimiterDeadlineError);
  });

  it("rejects with the signal's reason when aborted while waiting, and frees its place", async () => {
    const bucket = new LeakyBucket({ capacity: 1, leakPerSecond: 1, reserve: 0 });
    await bucket.acquire();
    const controller = new AbortController();
    const waiting = bucket.acquire({ signal: controller.signal });
    const next = bucket.acquire();
    controller.abort(new Error("gone"));
    await expect(waiting).rejects.toThrow("gone");
    await vi.advanceTimersByTimeAsync(1000);
    await expect(next).resolves.toBeUndefined();
  });

  it("follows the server's count from X-Recharge-Limit when it is fuller than ours", async () => {
    const bucket = new LeakyBucket({ capacity: 40, leakPerSecond: 2 });
    bucket.observe("39/40", 200);
    expect(bucket.currentLevel).toBe(39);
    bucket.observe("5/40", 200); // never lowers: the local count includes requests still in flight
    expect(bucket.currentLevel).toBe(39);
  });

  it("compares free slots when the server's bucket is smaller than ours", () => {
    const bucket = new LeakyBucket({ capacity: 40, leakPerSecond: 2 });
    bucket.observe("8/10", 200);
    expect(bucket.currentLevel).toBe(38);
  });

  it("treats a 429 as a full bucket and ignores a malformed header", () => {
    const bucket = new LeakyBucket({ capacity: 40, leakPerSecond: 2 });
    bucket.observe("garbage", 200);
    expect(bucket.currentLevel).toBe(0);
    bucket.observe(null, 429);
    expect(bucket.currentLevel).toBe(40);
  });

  it("drains at the configured rate", async () => {
    const bucket = new LeakyBucket({ capacity: 40, leakPerSecond: 2 });
    bucket.observe("40/40", 200);
    await vi.advanceTimersByTimeAsync(5000);
    expect(bucket.currentLevel).toBe(30);
  });
});
