import { describe, expect, it } from "vitest";
import { actionEntry, type ActionId } from "./catalog";
import { showsChange } from "./read-back";

// After an unknown outcome the server reads the record back; these say when it shows the change.
const shows = (id: ActionId, record: unknown, input: unknown = {}) =>
  showsChange(actionEntry(id).readBack, record, input);

const charge = (status: string, itemIds: number[]) => ({
  id: 1,
  status,
  line_items: itemIds.map((purchase_item_id) => ({ purchase_item_id })),
});

describe("read-back after an unknown outcome", () => {
  it("counts a skip as applied when the charge is skipped or the items left it", () => {
    const input = { purchase_item_ids: [7, 8] };
    expect(shows("charge.skip", charge("skipped", [7, 8]), input)).toBe(true);
    expect(shows("charge.skip", charge("queued", [9]), input)).toBe(true);
    expect(shows("charge.skip", charge("queued", [7, 9]), input)).toBe(false);
  });

  it("counts an unskip as applied only when the charge is queued with every item back", () => {
    const input = { purchase_item_ids: [7, 8] };
    expect(shows("charge.unskip", charge("queued", [7, 8, 9]), input)).toBe(true);
    expect(shows("charge.unskip", charge("queued", [7]), input)).toBe(false);
    expect(shows("charge.unskip", charge("skipped", [7, 8]), input)).toBe(false);
  });

  it("counts a process as applied only when the charge succeeded", () => {
    expect(shows("charge.process", charge("success", []))).toBe(true);
    expect(shows("charge.process", charge("error", []))).toBe(false);
  });

  it("reads a discount's status after a lost Disable or Enable; never counts an edit or a delete", () => {
    expect(shows("discount.disable", { status: "disabled" })).toBe(true);
    expect(shows("discount.disable", { status: "enabled" })).toBe(false);
    expect(shows("discount.enable", { status: "enabled" })).toBe(true);
    expect(shows("discount.enable", { status: "fully_disabled" })).toBe(false);
    expect(actionEntry("discount.update").readBack.kind).toBe("none");
    expect(actionEntry("discount.delete").readBack.kind).toBe("none");
  });

  it("never counts a refund as applied: a read-back cannot tell it from an earlier one", () => {
    expect(actionEntry("charge.refund").readBack.kind).toBe("none");
    expect(shows("charge.refund", charge("refunded", []))).toBe(false);
  });

  it("reads a subscription's status and its moved next charge date", () => {
    expect(shows("subscription.cancel", { status: "cancelled" })).toBe(true);
    expect(shows("subscription.cancel", { status: "active" })).toBe(false);
    expect(shows("subscription.activate", { status: "active" })).toBe(true);
    const moved = { status: "active", next_charge_scheduled_at: "2026-12-05T00:00:00" };
    expect(shows("subscription.set_next_charge_date", moved, { date: "2026-12-05" })).toBe(true);
    expect(shows("subscription.set_next_charge_date", moved, { date: "2026-12-06" })).toBe(false);
    const none = { status: "active", next_charge_scheduled_at: null };
    expect(shows("subscription.set_next_charge_date", none, { date: "2026-12-05" })).toBe(false);
  });

  it("counts a subscription update as applied when every field sent is on the record, and only those", () => {
    const monthly = {
      status: "active",
      quantity: 3,
      order_interval_unit: "month",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
    };
    // The quantity alone: the interval is not looked at.
    expect(shows("subscription.update", monthly, { quantity: 3 })).toBe(true);
    expect(shows("subscription.update", { ...monthly, quantity: 2 }, { quantity: 3 })).toBe(false);
    const interval = {
      order_interval_unit: "week",
      order_interval_frequency: 2,
      charge_interval_frequency: 4,
    };
    const moved = { ...monthly, ...interval };
    expect(shows("subscription.update", moved, interval)).toBe(true);
    expect(shows("subscription.update", moved, { ...interval, reason: "customer asked" })).toBe(true);
    // One of the three not (yet) applied is not the change.
    expect(shows("subscription.update", { ...moved, charge_interval_frequency: 2 }, interval)).toBe(false);
    expect(shows("subscription.update", moved, { ...interval, quantity: 5 })).toBe(false);
    // Exact values: a number sent is not matched by its string.
    expect(shows("subscription.update", { ...monthly, quantity: "3" }, { quantity: 3 })).toBe(false);
    // Nothing sent proves nothing.
    expect(shows("subscription.update", monthly, {})).toBe(false);
  });

  it("counts an address edit as applied only when every field sent reads back as sent", () => {
    const address = { id: 1, city: "Toronto", province: "Ontario", zip: "M5V 2T6", phone: null };
    expect(shows("address.update", address, { city: "Toronto", reason: "moved" })).toBe(true);
    expect(shows("address.update", address, { city: "Toronto", zip: "M5V 2T6" })).toBe(true);
    expect(shows("address.update", { ...address, city: "Ottawa" }, { city: "Toronto" })).toBe(false);
    // Recharge's own forms (a province code stored as its name, "" stored as null) stay unknown.
    expect(shows("address.update", address, { province: "ON" })).toBe(false);
    expect(shows("address.update", address, { phone: "" })).toBe(false);
  });

  it("counts a discount applied when the address lists its code, in any case; an id alone cannot tell", () => {
    const withCode = { id: 1, discounts: [{ id: 9, code: "SANDBOX10", value: 10 }] };
    expect(shows("address.apply_discount", withCode, { discount_code: "sandbox10" })).toBe(true);
    expect(shows("address.apply_discount", withCode, { discount_code: "SANDBOX15" })).toBe(false);
    expect(
      shows("address.apply_discount", { id: 1, discounts: [{ id: 9 }] }, { discount_code: "SANDBOX10" }),
    ).toBe(false);
    expect(shows("address.apply_discount", { id: 1, discounts: [] }, { discount_code: "SANDBOX10" })).toBe(
      false,
    );
  });

  it("counts a discount removed when the address lists none", () => {
    expect(shows("address.remove_discount", { id: 1, discounts: [] })).toBe(true);
    expect(shows("address.remove_discount", { id: 1, discounts: null })).toBe(true);
    expect(shows("address.remove_discount", { id: 1, discounts: [{ id: 9 }] })).toBe(false);
  });
});
