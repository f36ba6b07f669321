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
});
