import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processChargeInputSchema, refundChargeInputSchema, skipChargeInputSchema } from "./charge-actions";
import { cancelSubscriptionInputSchema, setNextChargeDateInputSchema } from "./subscription-actions";

describe("action input schemas", () => {
  it("refund takes a full refund or a positive amount with at most two decimals, never neither", () => {
    expect(refundChargeInputSchema.safeParse({ full_refund: true, reason: "damaged box" }).success).toBe(
      true,
    );
    expect(refundChargeInputSchema.safeParse({ amount: "12.5", reason: "damaged box" }).success).toBe(true);
    for (const amount of ["0", "0.00", "-1", "1.234", "1e3", "", "abc", "12,50"]) {
      expect(refundChargeInputSchema.safeParse({ amount, reason: "damaged box" }).success, amount).toBe(
        false,
      );
    }
    expect(refundChargeInputSchema.safeParse({ reason: "damaged box" }).success).toBe(false);
    expect(
      refundChargeInputSchema.safeParse({ amount: "5", full_refund: true, reason: "x y z" }).success,
    ).toBe(false);
  });

  it("refund and process require a reason; skip does not", () => {
    expect(refundChargeInputSchema.safeParse({ full_refund: true }).success).toBe(false);
    expect(processChargeInputSchema.safeParse({ reason: "  " }).success).toBe(false);
    expect(processChargeInputSchema.safeParse({ reason: "customer asked" }).success).toBe(true);
    expect(skipChargeInputSchema.safeParse({ purchase_item_ids: [1] }).success).toBe(true);
  });

  it("skip needs at least one positive integer item id", () => {
    expect(skipChargeInputSchema.safeParse({ purchase_item_ids: [] }).success).toBe(false);
    expect(skipChargeInputSchema.safeParse({ purchase_item_ids: [1.5] }).success).toBe(false);
    expect(skipChargeInputSchema.safeParse({ purchase_item_ids: ["1"] }).success).toBe(false);
  });

  it("next charge date must be a real calendar date", () => {
    expect(setNextChargeDateInputSchema.safeParse({ date: "2027-02-28" }).success).toBe(true);
    for (const date of ["2027-02-31", "2027-13-01", "27-01-01", "tomorrow", ""]) {
      expect(setNextChargeDateInputSchema.safeParse({ date }).success, date).toBe(false);
    }
  });

  it("cancel requires a cancellation reason", () => {
    expect(cancelSubscriptionInputSchema.safeParse({}).success).toBe(false);
    expect(cancelSubscriptionInputSchema.safeParse({ cancellation_reason: "Too expensive" }).success).toBe(
      true,
    );
  });

  it("no schema throws on arbitrary JSON, and unknown keys are refused", () => {
    const schemas = [
      refundChargeInputSchema,
      processChargeInputSchema,
      skipChargeInputSchema,
      setNextChargeDateInputSchema,
    ];
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of schemas) expect(() => schema.safeParse(value)).not.toThrow();
      }),
    );
    expect(processChargeInputSchema.safeParse({ reason: "ok reason", token: "x" }).success).toBe(false);
  });
});
