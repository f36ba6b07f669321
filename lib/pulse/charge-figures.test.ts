import { describe, expect, it } from "vitest";
import { failedFigures, refundFigures, upcomingFigures, type PulseCharge } from "./charge-figures";
import { currencyCode } from "./currency-sums";

const window = { from: "2026-11-27", to: "2026-12-03" };
const walk = { capped: false, unreadable: 0 };
let nextId = 1;
const charge = (overrides: Partial<PulseCharge>): PulseCharge => ({
  id: nextId++,
  status: "error",
  currency: "USD",
  scheduled_at: "2026-12-01",
  updated_at: "2026-12-01T10:00:00+00:00",
  retry_date: null,
  total_price: "10.00",
  total_refunds: null,
  ...overrides,
});

describe("failed charges", () => {
  it("counts, buckets by scheduled day, and counts those Recharge will retry", () => {
    const figures = failedFigures(
      [
        charge({ scheduled_at: "2026-11-27", retry_date: "2026-12-04T00:00:00+00:00" }),
        charge({ scheduled_at: "2026-12-01" }),
        charge({ scheduled_at: "2026-12-01", retry_date: "2026-12-05T00:00:00+00:00" }),
      ],
      window,
      walk,
    );
    expect(figures).toMatchObject({ tile: "failed", count: 3, dunning: 2, capped: false, window });
    expect(figures.days.map((day) => [day.day, day.count])).toEqual([
      ["2026-11-27", 1],
      ["2026-11-28", 0],
      ["2026-11-29", 0],
      ["2026-11-30", 0],
      ["2026-12-01", 2],
      ["2026-12-02", 0],
      ["2026-12-03", 0],
    ]);
    expect(figures.atRisk).toEqual([{ currency: "USD", amount: "30.00" }]);
  });

  it("sums exactly per currency: ten times 0.10 is 1.00, never 0.9999999999999999", () => {
    const dimes = Array.from({ length: 10 }, () => charge({ total_price: "0.10" }));
    const figures = failedFigures(
      [
        ...dimes,
        charge({ currency: "eur", total_price: "0.20" }),
        charge({ currency: "EUR", total_price: "0.10" }),
      ],
      window,
      walk,
    );
    expect(figures.atRisk).toEqual([
      { currency: "EUR", amount: "0.30" },
      { currency: "USD", amount: "1.00" },
    ]);
    expect(figures.days.find((day) => day.day === "2026-12-01")?.amounts).toEqual(figures.atRisk);
  });

  it("keeps large sums to the cent where adding floats drifts", () => {
    const big = Array.from({ length: 1000 }, () => charge({ total_price: "1234567.89" }));
    expect(big.reduce((total, each) => total + Number(each.total_price), 0)).not.toBe(1234567890);
    expect(failedFigures(big, window, walk).atRisk).toEqual([{ currency: "USD", amount: "1234567890.00" }]);
  });

  it("says when its walk stopped at the cap", () => {
    expect(failedFigures([charge({})], window, { capped: true, unreadable: 2 })).toMatchObject({
      capped: true,
      unreadable: 2,
      count: 1,
    });
  });

  it("a charge without a currency is counted under XXX, not guessed as dollars", () => {
    expect(currencyCode(null)).toBe("XXX");
    expect(failedFigures([charge({ currency: null })], window, walk).atRisk).toEqual([
      { currency: "XXX", amount: "10.00" },
    ]);
  });
});

describe("upcoming charges", () => {
  it("per day: how many and how much per currency ('Tuesday: 2 charges, $30.50 and €5.00')", () => {
    const next = { from: "2026-12-01", to: "2026-12-14" };
    const figures = upcomingFigures(
      [
        charge({ status: "queued", scheduled_at: "2026-12-01", total_price: "20.25" }),
        charge({ status: "queued", scheduled_at: "2026-12-01", total_price: "10.25" }),
        charge({ status: "queued", scheduled_at: "2026-12-01", currency: "EUR", total_price: "5.00" }),
        charge({ status: "queued", scheduled_at: "2026-12-14", total_price: "1.00" }),
      ],
      next,
      walk,
    );
    expect(figures.days).toHaveLength(14);
    expect(figures.days[0]).toEqual({
      day: "2026-12-01",
      count: 3,
      amounts: [
        { currency: "EUR", amount: "5.00" },
        { currency: "USD", amount: "30.50" },
      ],
    });
    expect(figures.days[13]).toMatchObject({ day: "2026-12-14", count: 1 });
    expect(figures.count).toBe(4);
    expect(figures.amounts).toEqual([
      { currency: "EUR", amount: "5.00" },
      { currency: "USD", amount: "31.50" },
    ]);
  });
});

describe("refunds", () => {
  it("counts full and partial refunds and sums what was refunded, by the day last updated", () => {
    const figures = refundFigures(
      [
        charge({
          status: "refunded",
          total_price: "40.00",
          total_refunds: "40.00",
          updated_at: "2026-12-02T08:00:00Z",
        }),
        charge({
          status: "partially_refunded",
          total_price: "40.00",
          total_refunds: "12.34",
          updated_at: "2026-12-02T23:00:00-03:00",
        }),
      ],
      window,
      walk,
    );
    expect(figures).toMatchObject({ count: 2, refunded: 1, partiallyRefunded: 1 });
    expect(figures.amounts).toEqual([{ currency: "USD", amount: "52.34" }]);
    expect(figures.days.filter((day) => day.count > 0).map((day) => day.day)).toEqual([
      "2026-12-02",
      "2026-12-03",
    ]);
  });
});
