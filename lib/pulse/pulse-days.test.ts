import { describe, expect, it } from "vitest";
import { addDays, dayOf, daysOf, isInWindow, lastDays, nextDays, utcDay } from "./pulse-days";

describe("pulse days (UTC calendar days)", () => {
  it("last 7 days is today−6 … today, next 14 is today … today+13, across month and year ends", () => {
    expect(lastDays("2026-12-03", 7)).toEqual({ from: "2026-11-27", to: "2026-12-03" });
    expect(nextDays("2026-12-25", 14)).toEqual({ from: "2026-12-25", to: "2027-01-07" });
    expect(daysOf(lastDays("2026-03-02", 7))).toEqual([
      "2026-02-24",
      "2026-02-25",
      "2026-02-26",
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
    expect(daysOf(nextDays("2028-02-20", 14))).toHaveLength(14);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("today is the UTC day, whatever the server's zone", () => {
    expect(utcDay(Date.parse("2026-12-03T23:59:59.999Z"))).toBe("2026-12-03");
    expect(utcDay(new Date("2026-12-04T00:00:00.000+01:00"))).toBe("2026-12-03");
  });

  it("a date is its own day; a timestamp is the UTC day of its instant, with or without an offset", () => {
    expect(dayOf("2026-12-03")).toBe("2026-12-03");
    expect(dayOf("2026-12-03T23:30:00-05:00")).toBe("2026-12-04");
    expect(dayOf("2026-12-03T00:30:00+02:00")).toBe("2026-12-02");
    expect(dayOf("2026-12-03T10:00:00")).toBe("2026-12-03");
    expect(dayOf("yesterday")).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it("a window holds its two ends", () => {
    const window = { from: "2026-11-27", to: "2026-12-03" };
    expect(isInWindow("2026-11-27", window)).toBe(true);
    expect(isInWindow("2026-12-03", window)).toBe(true);
    expect(isInWindow("2026-11-26", window)).toBe(false);
    expect(isInWindow("2026-12-04", window)).toBe(false);
    expect(isInWindow(null, window)).toBe(false);
  });
});
