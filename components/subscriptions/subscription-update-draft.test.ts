import { describe, expect, it } from "vitest";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { updateSubscriptionInputSchema } from "@/lib/schemas/subscription-actions";
import {
  chargedEvery,
  draftChanges,
  everyText,
  initialDraft,
  type UpdateDraft,
} from "./subscription-update-draft";

const subscription = (fields: Partial<Subscription> = {}): Subscription =>
  ({
    id: 7,
    address_id: 1,
    customer_id: 1,
    status: "active",
    quantity: 2,
    order_interval_unit: "month",
    order_interval_frequency: 1,
    charge_interval_frequency: 1,
    properties: [],
    ...fields,
  }) as Subscription;

const edit = (record: Subscription, patch: Partial<UpdateDraft>) =>
  draftChanges(record, { ...initialDraft(record), ...patch });
const valid = (values: Record<string, unknown>) => updateSubscriptionInputSchema.safeParse(values).success;

describe("the change-quantity-or-frequency form", () => {
  it("sends nothing while the form is as it opened", () => {
    const record = subscription();
    const changes = edit(record, {});
    expect(changes.values).toEqual({});
    expect(changes.quantityChanged || changes.intervalChanged).toBe(false);
    // Typing the same value back is no change either.
    expect(edit(record, { quantity: " 2 " }).values).toEqual({});
    expect(edit(record, { every: "1", prepaid: false }).values).toEqual({});
  });

  it("sends the quantity alone when only it changed", () => {
    const changes = edit(subscription(), { quantity: "3" });
    expect(changes.values).toEqual({ quantity: 3 });
    expect(changes.intervalChanged).toBe(false);
    expect(valid(changes.values)).toBe(true);
  });

  it("leaves a quantity that is not a whole number of at least 1 for the schema to refuse", () => {
    for (const quantity of ["0", "1.5", "abc", "", "-2"]) {
      const changes = edit(subscription(), { quantity });
      expect(changes.quantityChanged, quantity).toBe(true);
      expect(valid(changes.values), quantity).toBe(false);
    }
  });

  it("sends the interval's three fields together, the charge following the delivery by default", () => {
    const changes = edit(subscription(), { every: "2", unit: "week" });
    expect(changes.values).toEqual({
      order_interval_unit: "week",
      order_interval_frequency: 2,
      charge_interval_frequency: 2,
    });
    expect(changes.quantityChanged).toBe(false);
    expect(valid(changes.values)).toBe(true);
  });

  it("makes a prepaid charge interval a whole number of deliveries", () => {
    const changes = edit(subscription(), { every: "2", prepaid: true, deliveriesPerCharge: "3" });
    expect(changes.values).toMatchObject({ order_interval_frequency: 2, charge_interval_frequency: 6 });
    expect(changes.deliveriesError).toBeNull();
    for (const deliveriesPerCharge of ["1", "0", "", "1.5"]) {
      const wrong = edit(subscription(), { prepaid: true, deliveriesPerCharge });
      expect(wrong.deliveriesError, deliveriesPerCharge).toMatch(/2 or more/);
      expect(valid(wrong.values), deliveriesPerCharge).toBe(false);
    }
    // Recharge's limit of 1000 is on the charge frequency: said in deliveries' terms.
    const tooLong = edit(subscription(), { every: "300", prepaid: true, deliveriesPerCharge: "4" });
    expect(tooLong.deliveriesError).toBe("That charges every 1200 months; Recharge allows at most 1000.");
    expect(valid(tooLong.values)).toBe(false);
  });

  it("opens a prepaid subscription as prepaid, and unticking it charges at every delivery", () => {
    const prepaid = subscription({ order_interval_frequency: 1, charge_interval_frequency: 3 });
    expect(initialDraft(prepaid)).toMatchObject({ prepaid: true, deliveriesPerCharge: "3" });
    expect(edit(prepaid, {}).values).toEqual({});
    expect(edit(prepaid, { prepaid: false }).values).toEqual({
      order_interval_unit: "month",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
    });
  });

  it("sends both when both changed", () => {
    expect(edit(subscription(), { quantity: "4", every: "3" }).values).toEqual({
      quantity: 4,
      order_interval_unit: "month",
      order_interval_frequency: 3,
      charge_interval_frequency: 3,
    });
  });

  it("never sends what the form cannot show unless the operator changes it", () => {
    const legacy = subscription({ order_interval_unit: "Months", quantity: null });
    expect(initialDraft(legacy)).toMatchObject({ unit: "", quantity: "" });
    expect(edit(legacy, {}).values).toEqual({});
    // Touching the interval needs a unit the dashboard can send.
    const touched = edit(legacy, { every: "2" });
    expect(touched.values).toMatchObject({ order_interval_unit: "" });
    expect(valid(touched.values)).toBe(false);
    // A charge interval that is not a whole number of deliveries stays as it is until changed.
    expect(
      edit(subscription({ order_interval_frequency: 2, charge_interval_frequency: 5 }), {}).values,
    ).toEqual({});
  });

  it("says an interval in words, or nothing until it makes sense", () => {
    expect(everyText(1, "month")).toBe("every month");
    expect(everyText(2, "week")).toBe("every 2 weeks");
    expect(everyText(Number.NaN, "week")).toBeNull();
    expect(everyText(2, "")).toBeNull();
    expect(chargedEvery({ ...initialDraft(subscription()), every: "2", unit: "week" })).toBe("every 2 weeks");
    const prepaid = { ...initialDraft(subscription()), every: "2", prepaid: true, deliveriesPerCharge: "3" };
    expect(chargedEvery(prepaid)).toBe("every 6 months");
    expect(chargedEvery({ ...prepaid, deliveriesPerCharge: "x" })).toBeNull();
  });
});
