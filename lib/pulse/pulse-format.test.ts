import { describe, expect, it } from "vitest";
import { formatAsOf, formatCount, formatPulseTime } from "./pulse-format";

describe("pulse formatting", () => {
  it("a walk stopped at its cap says N+, never a wrong total", () => {
    expect(formatCount(5000, true)).toBe("5,000+");
    expect(formatCount(5000)).toBe("5,000");
    expect(formatCount(0)).toBe("0");
  });

  it("as of HH:MM in the operator's zone, in UTC (saying so) before it is known", () => {
    const at = "2026-12-03T09:14:59.000Z";
    expect(formatAsOf(at)).toBe("as of 09:14 UTC");
    expect(formatAsOf(at, { timeZone: "Europe/Paris" })).toBe("as of 10:14");
    expect(formatAsOf(at, { timeZone: "UTC", now: "2026-12-03T18:00:00Z" })).toBe("as of 09:14");
  });

  it("names the day of a snapshot from another day", () => {
    expect(formatAsOf("2026-12-02T23:58:00Z", { timeZone: "UTC", now: "2026-12-03T00:05:00Z" })).toBe(
      "as of Dec 2, 23:58",
    );
    expect(formatAsOf("not a time")).toBe("as of —");
    expect(formatPulseTime("2026-12-03T09:20:00Z", { timeZone: "UTC", now: "2026-12-03T09:21:00Z" })).toBe(
      "09:20",
    );
  });
});
