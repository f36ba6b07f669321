import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatUtcExact,
  MISSING_VALUE,
  parseRechargeTime,
} from "./format";

describe("formatMoney", () => {
  it("formats Recharge decimal strings in their currency", () => {
    expect(formatMoney("29.20", "USD")).toBe("$29.20");
    expect(formatMoney("29.2", "usd")).toBe("$29.20");
    expect(formatMoney("1234.50", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
    expect(formatMoney("1234.50", "GBP")).toBe("£1,234.50");
    expect(formatMoney("2920", "JPY")).toBe("¥2,920");
    expect(formatMoney("3.5", "KWD")).toBe("KWD\u00a03.500");
  });

  it("keeps a minus on negative amounts and drops it on zero", () => {
    expect(formatMoney("-5.00", "USD")).toBe("-$5.00");
    expect(formatMoney("0.00", "USD")).toBe("$0.00");
    expect(formatMoney("-0.00", "USD")).toBe("$0.00");
    expect(formatMoney("-0.001", "USD")).toBe("$0.00");
  });

  it("never goes through a float: every digit of a large amount survives", () => {
    expect(formatMoney("12345678901234567.89", "USD")).toBe("$12,345,678,901,234,567.89");
    // The same value as a number has already lost its last digits.
    expect(formatMoney("12345678901234567.89", "USD")).not.toBe(
      new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(12345678901234567.89),
    );
  });

  it("rounds extra decimals half-up on the exact decimal", () => {
    expect(formatMoney("2.675", "USD")).toBe("$2.68");
    expect(formatMoney("0.125", "USD")).toBe("$0.13");
  });

  it("shows a dash for missing amounts and the raw text for unparseable ones", () => {
    expect(formatMoney(null, "USD")).toBe(MISSING_VALUE);
    expect(formatMoney("", "USD")).toBe(MISSING_VALUE);
    expect(formatMoney("12,50", "EUR")).toBe("12,50 EUR");
    expect(formatMoney("1e3", "USD")).toBe("1e3 USD");
    expect(formatMoney("10.00", "NOT-A-CURRENCY")).toBe("10.00 NOT-A-CURRENCY");
  });
});

describe("parseRechargeTime", () => {
  it("reads calendar dates as days without a zone", () => {
    expect(parseRechargeTime("2026-11-21")).toEqual({
      kind: "date",
      ms: Date.UTC(2026, 10, 21),
      iso: "2026-11-21",
    });
  });

  it("reads timestamps with any offset form, and none as UTC", () => {
    const utc = Date.UTC(2026, 10, 21, 4, 35, 12);
    expect(parseRechargeTime("2026-11-21T04:35:12")?.ms).toBe(utc);
    expect(parseRechargeTime("2026-11-21T04:35:12+00:00")?.ms).toBe(utc);
    expect(parseRechargeTime("2026-11-21 04:35:12Z")?.ms).toBe(utc);
    expect(parseRechargeTime("2026-11-21T09:35:12+05")?.ms).toBe(utc);
    expect(parseRechargeTime("2026-11-20T23:35:12-0500")?.ms).toBe(utc);
  });

  it("refuses impossible days and other text", () => {
    expect(parseRechargeTime("2026-02-30")).toBeNull();
    expect(parseRechargeTime("2026-02-30T10:00:00")).toBeNull();
    expect(parseRechargeTime("yesterday")).toBeNull();
    expect(parseRechargeTime(null)).toBeNull();
  });
});

describe("date formatting", () => {
  it("defaults to en-US in UTC, so server and browser agree before hydration", () => {
    expect(formatDateTime("2026-11-21T04:35:12+00:00")).toBe("Nov 21, 2026, 4:35 AM");
    expect(formatDateTime("2026-11-21T04:35:12+00:00", { showTimeZone: true })).toBe(
      "Nov 21, 2026, 4:35 AM UTC",
    );
    expect(formatDate("2026-11-21T04:35:12+00:00")).toBe("Nov 21, 2026");
  });

  it("uses the operator's zone and locale when given", () => {
    const options = { locale: "en-US", timeZone: "America/New_York" };
    expect(formatDateTime("2026-11-21T04:35:12+00:00", options)).toBe("Nov 20, 2026, 11:35 PM");
    expect(formatDate("2026-11-21T04:35:12+00:00", options)).toBe("Nov 20, 2026");
    expect(formatDate("2026-11-21T04:35:12Z", { locale: "de-DE", timeZone: "Europe/Berlin" })).toBe(
      "21.11.2026",
    );
  });

  it("never shifts a calendar date into the previous day", () => {
    expect(formatDate("2026-11-21", { timeZone: "America/Los_Angeles" })).toBe("Nov 21, 2026");
    expect(formatDateTime("2026-11-21", { timeZone: "Pacific/Honolulu" })).toBe("Nov 21, 2026");
  });

  it("gives the exact UTC value for tooltips", () => {
    expect(formatUtcExact("2026-11-20T23:35:12-05:00")).toBe("2026-11-21 04:35:12 UTC");
    expect(formatUtcExact("2026-11-21")).toBe("2026-11-21");
  });

  it("shows a dash for missing dates and unparseable text as is", () => {
    expect(formatDateTime(null)).toBe(MISSING_VALUE);
    expect(formatDate("soon")).toBe("soon");
  });
});
