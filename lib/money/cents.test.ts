import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCents, refundableAmount, toCents } from "./cents";

describe("cents", () => {
  it("reads decimal strings exactly", () => {
    expect(toCents("29.20")).toBe(2920);
    expect(toCents("29.2")).toBe(2920);
    expect(toCents("0.07")).toBe(7);
    expect(toCents("-5.5")).toBe(-550);
    expect(toCents("12")).toBe(1200);
    expect(toCents("abc")).toBeNull();
    expect(toCents(null)).toBeNull();
  });

  it("round-trips every amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents);
      }),
    );
  });

  it("computes the refundable remainder without float error and never below zero", () => {
    expect(refundableAmount("29.20", "9.10")).toBe("20.10");
    expect(refundableAmount("0.30", "0.10")).toBe("0.20");
    expect(refundableAmount("10.00", null)).toBe("10.00");
    expect(refundableAmount("10.00", "12.00")).toBe("0.00");
  });
});
