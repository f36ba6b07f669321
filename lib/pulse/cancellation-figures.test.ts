import { describe, expect, it } from "vitest";
import { cancellationFigures, type PulseSubscription } from "./cancellation-figures";

const window = { from: "2026-11-27", to: "2026-12-03" };
const walk = { capped: false, unreadable: 0 };
let nextId = 1;
const cancelled = (cancelled_at: string | null, cancellation_reason: string | null): PulseSubscription => ({
  id: nextId++,
  status: "cancelled",
  cancelled_at,
  cancellation_reason,
});

describe("cancellations", () => {
  it("counts only those cancelled in the window, though the walk brings every one updated in it", () => {
    const figures = cancellationFigures(
      [
        cancelled("2026-11-26T23:59:59+00:00", "Too expensive"), // updated later, cancelled before
        cancelled("2026-11-27T00:00:00+00:00", "Too expensive"),
        cancelled("2026-12-03T23:59:59+00:00", "Moving"),
        cancelled(null, "Moving"),
      ],
      window,
      walk,
    );
    expect(figures.count).toBe(2);
    expect(figures.days.map((day) => day.count)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it("names the three most given reasons, ties alphabetically, no reason as its own entry", () => {
    const at = "2026-12-01T10:00:00+00:00";
    const figures = cancellationFigures(
      [
        cancelled(at, "Other"),
        cancelled(at, "Too expensive"),
        cancelled(at, " Too expensive "),
        cancelled(at, null),
        cancelled(at, ""),
        cancelled(at, "Moving"),
        cancelled(at, "Other"),
        cancelled(at, "Already have more than I need"),
      ],
      window,
      walk,
    );
    expect(figures.topReasons).toEqual([
      { reason: null, count: 2 },
      { reason: "Other", count: 2 },
      { reason: "Too expensive", count: 2 },
    ]);
  });
});
