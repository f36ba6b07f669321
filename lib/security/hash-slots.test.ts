import { describe, expect, it } from "vitest";
import { createSlots } from "./hash-slots";

/** Work that finishes only when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: () => opened.then(() => "done") };
}

describe("createSlots", () => {
  it("runs at most `max` at once and refuses at once when the queue is full", async () => {
    const slots = createSlots({ max: 2, maxWaiting: 1, waitMs: 10_000 });
    const first = gate();
    const running = [slots.run(first.work), slots.run(first.work)];
    const queued = slots.run(async () => "queued");
    const started = Date.now();
    expect(await slots.run(async () => "too many")).toEqual({ ok: false });
    expect(Date.now() - started).toBeLessThan(100);
    first.open();
    expect(await Promise.all(running)).toEqual([
      { ok: true, value: "done" },
      { ok: true, value: "done" },
    ]);
    expect(await queued).toEqual({ ok: true, value: "queued" });
  });

  it("gives up on a wait after `waitMs` instead of queueing forever", async () => {
    const slots = createSlots({ max: 1, maxWaiting: 5, waitMs: 50 });
    const held = gate();
    const running = slots.run(held.work);
    expect(await slots.run(async () => "late")).toEqual({ ok: false });
    held.open();
    await running;
    // The slot is free again, and the abandoned wait did not leak it.
    expect(await slots.run(async () => "next")).toEqual({ ok: true, value: "next" });
    expect(await Promise.all([slots.run(async () => 1), slots.run(async () => 2)])).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 2 },
    ]);
  });

  it("frees the slot when the work throws", async () => {
    const slots = createSlots({ max: 1, maxWaiting: 0, waitMs: 10 });
    await expect(slots.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => "after")).toEqual({ ok: true, value: "after" });
  });
});
