import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subscriptionChanges, updateSubscriptionInputSchema } from "./subscription-actions";

const parse = (body: unknown) => updateSubscriptionInputSchema.safeParse(body);
const fieldsOf = (body: unknown) => {
  const result = parse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join(".") || "form");
};
const interval = { order_interval_unit: "week", order_interval_frequency: 2, charge_interval_frequency: 4 };

describe("subscription update body", () => {
  it("takes the quantity alone, the interval's three fields together, or both", () => {
    expect(parse({ quantity: 3 }).success).toBe(true);
    expect(parse(interval).success).toBe(true);
    expect(parse({ quantity: 1, ...interval, reason: "customer asked" }).success).toBe(true);
  });

  it("refuses a body that changes nothing", () => {
    expect(fieldsOf({})).toEqual(["form"]);
    expect(fieldsOf({ reason: "just because" })).toEqual(["form"]);
  });

  it("refuses a partial interval, naming each missing field", () => {
    expect(fieldsOf({ order_interval_frequency: 2 })).toEqual([
      "order_interval_unit",
      "charge_interval_frequency",
    ]);
    expect(fieldsOf({ quantity: 2, order_interval_unit: "month", order_interval_frequency: 1 })).toEqual([
      "charge_interval_frequency",
    ]);
  });

  it("takes a quantity that is a whole number of at least 1, and nothing else", () => {
    for (const quantity of [0, -1, 1.5, Number.NaN, "2", "", null, 2 ** 60])
      expect(fieldsOf({ quantity }), String(quantity)).toEqual(["quantity"]);
    expect(parse({ quantity: 999 }).success).toBe(true);
  });

  it("takes frequencies from 1 to 1000 and the units day, week and month only", () => {
    expect(parse({ ...interval, order_interval_frequency: 1000, charge_interval_frequency: 1 }).success).toBe(
      true,
    );
    for (const frequency of [0, 1001, 2.5, "2"])
      expect(fieldsOf({ ...interval, order_interval_frequency: frequency })).toEqual([
        "order_interval_frequency",
      ]);
    for (const unit of ["Months", "days", "year", ""])
      expect(fieldsOf({ ...interval, order_interval_unit: unit }), unit).toEqual(["order_interval_unit"]);
  });

  it("refuses fields Recharge takes but the dashboard does not change", () => {
    expect(parse({ quantity: 2, price: "10.00" }).success).toBe(false);
    expect(parse({ quantity: 2, status: "active" }).success).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void expect(() => parse(value)).not.toThrow()));
  });

  it("sends Recharge what was given, without the reason", () => {
    const body = updateSubscriptionInputSchema.parse({ quantity: 2, reason: "customer asked" });
    expect(subscriptionChanges(body)).toEqual({ quantity: 2 });
    expect(subscriptionChanges(updateSubscriptionInputSchema.parse(interval))).toEqual(interval);
  });
});
