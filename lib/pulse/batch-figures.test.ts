import { describe, expect, it } from "vitest";
import { batchFigures, type PulseBatch } from "./batch-figures";

const now = Date.parse("2026-12-03T10:00:00Z");
const batch = (overrides: Partial<PulseBatch>): PulseBatch => ({
  id: 1,
  batch_type: "discount_create",
  status: "processing",
  submitted_at: "2026-12-03T09:59:00+00:00",
  total_task_count: 1000,
  success_task_count: 0,
  fail_task_count: 0,
  file_name: "codes.csv",
  ...overrides,
});

describe("batches tile", () => {
  it("running ones with their progress and time left at their average pace, oldest first", () => {
    const figures = batchFigures(
      [
        batch({ id: 9, success_task_count: 150, fail_task_count: 50 }), // 200 in 60 s: 800 left → 240 s
        batch({ id: 4, submitted_at: null }),
        batch({ id: 7, status: "completed", success_task_count: 1000 }),
      ],
      now,
    );
    expect(figures.running.map((line) => line.id)).toEqual([4, 9]);
    expect(figures.running[1]).toEqual({
      id: 9,
      batchType: "discount_create",
      fileName: "codes.csv",
      done: 200,
      failed: 50,
      total: 1000,
      etaSeconds: 240,
    });
    expect(figures.running[0]?.etaSeconds).toBeNull(); // no submission time: no pace
    expect(figures.waiting).toEqual([]);
  });

  it("waiting ones (not started while Recharge's queue was full) have no time left", () => {
    const figures = batchFigures([batch({ id: 3, status: "not_started", submitted_at: null })], now);
    expect(figures.waiting).toMatchObject([{ id: 3, done: 0, etaSeconds: null }]);
  });

  it("no progress yet, or just submitted: no pace to speak of", () => {
    expect(batchFigures([batch({})], now).running[0]?.etaSeconds).toBeNull();
    const justNow = batch({ submitted_at: "2026-12-03T09:59:59.800Z", success_task_count: 10 });
    expect(batchFigures([justNow], now).running[0]?.etaSeconds).toBeNull();
  });
});
