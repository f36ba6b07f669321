import { describe, expect, it } from "vitest";
import {
  describeAuthor,
  describeChange,
  formatAgo,
  hasChanged,
  newestReading,
  readingKey,
  type WatchedRecord,
} from "./record-change";

const charge = (status: string, updated_at: string): WatchedRecord => ({ id: 1, status, updated_at });

describe("record changes seen by an open dialog", () => {
  it("takes the newest reading, whatever order the readings came in", () => {
    const older = charge("queued", "2026-11-21T09:00:00+00:00");
    const newer = charge("refunded", "2026-11-21T09:00:05+00:00");
    expect(newestReading([newer, older])).toBe(newer);
    expect(newestReading([older, undefined, newer])).toBe(newer);
  });

  it("counts a later state as a change, never an older one", () => {
    const opened = charge("queued", "2026-11-21T09:00:00+00:00");
    expect(hasChanged(opened, charge("success", "2026-11-21T09:00:04+00:00"))).toBe(true);
    expect(hasChanged(opened, charge("queued", "2026-11-21T09:00:04+00:00"))).toBe(true);
    expect(hasChanged(opened, charge("skipped", "2026-11-21T08:59:00+00:00"))).toBe(false);
    expect(hasChanged(opened, { ...opened })).toBe(false);
    // Whole-second timestamps: a status moved within the same second still counts.
    expect(hasChanged(opened, charge("skipped", "2026-11-21T09:00:00Z"))).toBe(true);
  });

  it("keys an acknowledgement to one state, so a later change asks again", () => {
    const first = charge("skipped", "2026-11-21T09:00:04+00:00");
    expect(readingKey(first)).toBe(readingKey({ ...first }));
    expect(readingKey(first)).not.toBe(readingKey(charge("queued", "2026-11-21T09:00:09+00:00")));
  });

  it("says what happened to a charge, from its status or else the webhook's topic", () => {
    const queued = charge("queued", "2026-11-21T09:00:00+00:00");
    const at = "2026-11-21T09:00:03+00:00";
    expect(describeChange("charge", queued, charge("success", at))).toBe("was processed");
    expect(describeChange("charge", queued, charge("skipped", at))).toBe("was skipped");
    expect(describeChange("charge", charge("skipped", at), queued)).toBe("was unskipped");
    expect(describeChange("charge", charge("success", at), charge("refunded", at))).toBe("was refunded");
    expect(describeChange("charge", queued, charge("error", at))).toBe("failed to process");
    const partly = charge("partially_refunded", at);
    expect(describeChange("charge", partly, { ...partly }, "charge/refunded")).toBe("was refunded");
    expect(describeChange("charge", queued, charge("queued", at))).toBe("was updated");
  });

  it("says what happened to a subscription, including a moved next charge date", () => {
    const active: WatchedRecord = {
      id: 2,
      status: "active",
      updated_at: "2026-11-21T09:00:00+00:00",
      next_charge_scheduled_at: "2026-12-01",
    };
    const later = { ...active, updated_at: "2026-11-21T09:00:02+00:00" };
    expect(describeChange("subscription", active, { ...later, status: "cancelled" })).toBe("was cancelled");
    expect(describeChange("subscription", { ...active, status: "cancelled" }, later)).toBe("was reactivated");
    expect(describeChange("subscription", active, { ...later, next_charge_scheduled_at: "2026-12-05" })).toBe(
      "had its next charge date moved to Dec 5, 2026",
    );
  });

  it("says what happened to an address's discount, and sees it even within the same second", () => {
    const bare = { id: 3, updated_at: "2026-11-21T09:00:00+00:00", discounts: [] };
    const applied = { ...bare, discounts: [{ id: 9, code: "SANDBOX10" }] };
    expect(hasChanged(bare, applied)).toBe(true);
    expect(readingKey(bare)).not.toBe(readingKey(applied));
    expect(describeChange("address", bare, applied)).toBe("had the discount SANDBOX10 applied");
    expect(describeChange("address", applied, bare)).toBe("had its discount SANDBOX10 removed");
    expect(describeChange("address", applied, { ...bare, discounts: [{ id: 12 }] })).toBe(
      "had its discount changed to #12",
    );
    const moved = { ...bare, updated_at: "2026-11-21T09:00:04+00:00" };
    expect(hasChanged(bare, moved)).toBe(true);
    expect(describeChange("address", bare, moved, "address/updated")).toBe("was updated");
    expect(hasChanged(bare, { ...bare })).toBe(false);
  });

  it("says a subscription's quantity or interval changed, before the next charge date it moves", () => {
    const active: WatchedRecord = {
      id: 2,
      status: "active",
      updated_at: "2026-11-21T09:00:00+00:00",
      next_charge_scheduled_at: "2026-12-01",
      quantity: 2,
      order_interval_unit: "month",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
    };
    const later = { ...active, updated_at: "2026-11-21T09:00:02+00:00" };
    expect(describeChange("subscription", active, { ...later, quantity: 3 })).toBe(
      "had its quantity changed from 2 to 3",
    );
    const rescheduled = {
      ...later,
      order_interval_unit: "week",
      order_interval_frequency: 2,
      charge_interval_frequency: 2,
      next_charge_scheduled_at: "2026-12-05",
    };
    expect(describeChange("subscription", active, rescheduled)).toBe(
      "had its delivery interval changed to every 2 weeks",
    );
    expect(describeChange("subscription", active, { ...later, charge_interval_frequency: 3 })).toBe(
      "had its charge interval changed to every 3 months",
    );
    expect(describeChange("subscription", active, { ...later, status: "cancelled", quantity: 3 })).toBe(
      "was cancelled",
    );
  });

  it("says a discount was disabled or enabled, and any other change as an update", () => {
    const enabled = { id: 9, status: "enabled", updated_at: "2026-11-21T09:00:00" };
    const later = { ...enabled, updated_at: "2026-11-21T09:00:04" };
    expect(describeChange("discount", enabled, { ...later, status: "disabled" })).toBe("was disabled");
    expect(describeChange("discount", { ...later, status: "disabled" }, enabled)).toBe("was enabled");
    expect(describeChange("discount", enabled, { ...later, status: "fully_disabled" })).toBe(
      "became fully disabled",
    );
    expect(describeChange("discount", enabled, later)).toBe("was updated");
  });

  it("says who, as far as we know", () => {
    expect(describeAuthor({ kind: "unknown" })).toBe("");
    expect(describeAuthor({ kind: "elsewhere" })).toMatch(/^ outside this dashboard/);
    const ada = { kind: "operator", name: "Ada Admin", email: "admin@example.com" } as const;
    expect(describeAuthor({ ...ada, isYou: false })).toBe(" by Ada Admin");
    expect(describeAuthor({ ...ada, isYou: true })).toBe(" by you");
  });

  it("says how long ago in seconds, then minutes, then hours, never in the future", () => {
    const now = Date.parse("2026-11-21T09:00:00Z");
    expect(formatAgo(now - 3_000, now)).toBe("3 seconds ago");
    expect(formatAgo(now + 800, now)).toBe("just now");
    expect(formatAgo(now - 1_000, now)).toBe("1 second ago");
    expect(formatAgo(now - 125_000, now)).toBe("2 minutes ago");
    expect(formatAgo(now - 2 * 3_600_000, now)).toBe("2 hours ago");
  });
});
