import { describe, expect, it } from "vitest";
import { batchPollInterval } from "./poll-interval";
import { addSample, formatEta, progressRate } from "./progress-rate";
import { taskErrorMessage, taskOutcome } from "./task-result";

describe("batchPollInterval", () => {
  it("starts at one second and backs off to five", () => {
    const intervals = Array.from({ length: 12 }, (_, reads) => batchPollInterval("processing", reads));
    expect(intervals[0]).toBe(1000);
    expect(intervals[1]).toBe(1000);
    expect(intervals.at(-1)).toBe(5000);
    for (let index = 1; index < intervals.length; index++) {
      expect(intervals[index]).toBeGreaterThanOrEqual(intervals[index - 1] as number);
    }
  });

  it("stops at a terminal status", () => {
    expect(batchPollInterval("completed", 3)).toBe(false);
    expect(batchPollInterval("failed", 0)).toBe(false);
    expect(batchPollInterval(undefined, 0)).toBe(1000);
  });
});

describe("progressRate", () => {
  it("has no rate or ETA until two readings show progress", () => {
    expect(progressRate([], 100)).toEqual({ perSecond: null, etaSeconds: null });
    expect(progressRate([{ at: 0, done: 10 }], 100)).toEqual({ perSecond: null, etaSeconds: null });
    expect(
      progressRate(
        [
          { at: 0, done: 10 },
          { at: 2000, done: 10 },
        ],
        100,
      ),
    ).toEqual({
      perSecond: null,
      etaSeconds: null,
    });
  });

  it("measures the recent pace and the time left at it", () => {
    const samples = [
      { at: 0, done: 0 },
      { at: 20_000, done: 100 },
      { at: 25_000, done: 600 },
      { at: 30_000, done: 1100 },
    ];
    // The reading at 0 s is outside the 15 s window: the pace is 1000 tasks in 10 s.
    expect(progressRate(samples, 2100)).toEqual({ perSecond: 100, etaSeconds: 10 });
  });

  it("keeps only the readings inside the window", () => {
    let samples = [{ at: 0, done: 0 }];
    for (let at = 1000; at <= 60_000; at += 1000) samples = addSample(samples, { at, done: at / 10 });
    expect(samples[0]?.at).toBe(45_000);
  });

  it("says the ETA in words", () => {
    expect(formatEta(2)).toBe("a few seconds");
    expect(formatEta(42)).toBe("about 40 s");
    expect(formatEta(600)).toBe("about 10 min");
    expect(formatEta(7200)).toBe("about 2 h");
  });
});

describe("task outcomes", () => {
  it("reads Recharge's field errors, a created record and a deletion", () => {
    const failed = {
      status: "failed",
      result: { status_code: 422, output: { errors: { code: ["has already been taken"] } } },
    };
    expect(taskErrorMessage(failed)).toBe("code: has already been taken");
    expect(taskOutcome(failed)).toBe("code: has already been taken");
    expect(
      taskOutcome({ status: "completed", result: { status_code: 201, output: { discount: { id: 7 } } } }),
    ).toBe("Created #7");
    expect(
      taskOutcome({ status: "completed", result: { status_code: 200, output: { discount: { id: 7 } } } }),
    ).toBe("Updated #7");
    expect(taskOutcome({ status: "completed", result: { status_code: 204, output: null } })).toBe("Deleted");
    expect(taskOutcome({ status: "not_started", result: null })).toBe("Waiting");
    expect(taskErrorMessage({ result: { status_code: 500, output: "boom" } })).toBe("Recharge answered 500");
  });
});
