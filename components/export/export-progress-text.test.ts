import { describe, expect, it } from "vitest";
import { exportProgressText } from "./export-progress-text";

const samples = [
  { at: 0, done: 0 },
  { at: 5_000, done: 10 },
];

describe("exportProgressText", () => {
  it("says rows, pages and pace, with time left up to the cap when the total is unknown", () => {
    const text = exportProgressText({ rows: 2_500, pages: 10, samples, maxRows: 50_000, pageSize: 250 });
    expect(text).toEqual({
      rows: "2,500 rows · 10 pages",
      pace: "2.0 pages/s",
      // 200 pages to the cap, 190 left at 2 pages/s: 95 s.
      timeLeft: "at most 2 min left (the 50,000-row cap)",
    });
  });

  it("gives the time left to the known total when the list has one (a batch's tasks)", () => {
    const text = exportProgressText({
      rows: 2_500,
      pages: 10,
      samples,
      maxRows: 50_000,
      pageSize: 250,
      expectedRows: 3_000,
    });
    expect(text.timeLeft).toBe("a few seconds left");
  });

  it("waits for two readings before it states a pace", () => {
    const text = exportProgressText({
      rows: 0,
      pages: 0,
      samples: [{ at: 0, done: 0 }],
      maxRows: 50_000,
      pageSize: 250,
    });
    expect(text).toEqual({ rows: "0 rows · 0 pages", pace: "Measuring the pace…", timeLeft: "" });
  });
});
