import { describe, expect, it } from "vitest";
import { actionsOn, actionUnavailable, noActionsMessage, startingPointMoved } from "./availability";
import type { ActionTarget } from "./targets";

const ids = (target: ActionTarget, status: string) => actionsOn(target, { status }).map((entry) => entry.id);

describe("charge action rules", () => {
  const verbs = (status: string) => ids("charge", status);

  it("offers each action only from the statuses Recharge allows it in", () => {
    expect(verbs("queued")).toEqual(["charge.skip", "charge.process"]);
    expect(verbs("skipped")).toEqual(["charge.unskip"]);
    expect(verbs("error")).toEqual(["charge.process"]);
    expect(verbs("partially_refunded")).toEqual(["charge.refund"]);
    expect(verbs("refunded")).toEqual([]);
  });

  it("offers nothing on a status the dashboard does not know, and says why", () => {
    expect(verbs("uncaptured")).toEqual([]);
    expect(actionUnavailable("charge.refund", { status: "uncaptured" })).toContain(
      "“uncaptured”, which this dashboard does not know",
    );
    expect(noActionsMessage("charge", { status: "uncaptured" })).toContain(
      "does not know the status “uncaptured”",
    );
    expect(actionUnavailable("charge.refund", { status: "success" })).toBeNull();
    expect(actionUnavailable("charge.skip", { status: "partially_refunded" })).toBe(
      "Skip is not possible for a partially refunded charge. Close this dialog.",
    );
  });

  it("says when no action is left for the operator's role", () => {
    expect(noActionsMessage("charge", { status: "queued" })).toBe(
      "No actions for a queued charge with your role.",
    );
  });
});

describe("subscription action rules", () => {
  const verbs = (status: string) => ids("subscription", status);

  it("offers each action only from the statuses Recharge allows it in", () => {
    expect(verbs("active")).toEqual([
      "subscription.set_next_charge_date",
      "subscription.update",
      "subscription.cancel",
    ]);
    expect(verbs("cancelled")).toEqual(["subscription.activate"]);
    expect(verbs("expired")).toEqual([]);
  });

  it("offers nothing on a status the dashboard does not know (paused, onetime), and says why", () => {
    expect(verbs("paused")).toEqual([]);
    expect(verbs("onetime")).toEqual([]);
    expect(actionUnavailable("subscription.activate", { status: "paused" })).toContain(
      "“paused”, which this dashboard does not know",
    );
    expect(noActionsMessage("subscription", { status: "onetime" })).toContain(
      "does not know the status “onetime”",
    );
    expect(actionUnavailable("subscription.cancel", { status: "active" })).toBeNull();
  });

  it("names a phrase-long action in quotes", () => {
    expect(actionUnavailable("subscription.cancel", { status: "cancelled" })).toBe(
      '"Cancel subscription" is not possible for a cancelled subscription. Close this dialog.',
    );
  });

  it("refuses a quantity-or-frequency dialog whose quantity or interval moved since it opened", () => {
    const opened = {
      status: "active",
      quantity: 2,
      order_interval_unit: "month",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
      next_charge_scheduled_at: "2026-12-01",
    };
    expect(startingPointMoved("subscription.update", opened, { ...opened })).toBeNull();
    // A moved date is not what the dialog starts from: the guard asks for a check instead.
    expect(
      startingPointMoved("subscription.update", opened, {
        ...opened,
        next_charge_scheduled_at: "2026-12-09",
      }),
    ).toBeNull();
    for (const moved of [
      { quantity: 3 },
      { order_interval_unit: "week" },
      { order_interval_frequency: 2 },
      { charge_interval_frequency: 3 },
    ])
      expect(startingPointMoved("subscription.update", opened, { ...opened, ...moved })).toBe(
        '"Change quantity or frequency" was filled in from the subscription as it was when this dialog opened. Close this dialog and open it again to start from the current subscription.',
      );
    // Actions that start from nothing are never refused this way.
    expect(startingPointMoved("subscription.cancel", opened, { ...opened, quantity: 3 })).toBeNull();
    // A cancelled subscription is refused by its status first (record-action-host.tsx asks that first).
    expect(actionUnavailable("subscription.update", { ...opened, status: "cancelled" })).toBe(
      '"Change quantity or frequency" is not possible for a cancelled subscription. Close this dialog.',
    );
  });
});

describe("discount action rules", () => {
  const verbs = (status: string) => ids("discount", status);

  it("offers Edit, Disable on an enabled code and Enable on a disabled one, and Delete on both", () => {
    expect(verbs("enabled")).toEqual(["discount.update", "discount.disable", "discount.delete"]);
    expect(verbs("disabled")).toEqual(["discount.update", "discount.enable", "discount.delete"]);
  });

  it("leaves only Delete on a fully disabled code (Recharge's terminal state), and never offers New", () => {
    expect(verbs("fully_disabled")).toEqual(["discount.delete"]);
    expect(actionUnavailable("discount.enable", { status: "fully_disabled" })).toBe(
      '"Enable" is not possible for a fully disabled discount. Close this dialog.',
    );
  });

  it("refuses a Disable dialog whose code was disabled meanwhile, and offers nothing on an unknown status", () => {
    expect(actionUnavailable("discount.disable", { status: "disabled" })).toBe(
      '"Disable" is not possible for a disabled discount. Close this dialog.',
    );
    expect(actionUnavailable("discount.delete", { status: "disabled" })).toBeNull();
    expect(verbs("archived")).toEqual([]);
    expect(actionUnavailable("discount.delete", { status: "archived" })).toContain(
      "“archived”, which this dashboard does not know",
    );
  });
});

describe("address action rules (no status: the discount field gates)", () => {
  const verbs = (discounts: unknown) => actionsOn("address", { discounts }).map((entry) => entry.id);

  it("offers apply on an address without a discount, remove on one with, and edit on both", () => {
    expect(verbs([])).toEqual(["address.update", "address.apply_discount"]);
    expect(verbs(null)).toEqual(["address.update", "address.apply_discount"]);
    expect(verbs([{ id: 9 }])).toEqual(["address.update", "address.remove_discount"]);
  });

  it("says why a discount action no longer applies, and that there is no status", () => {
    expect(actionUnavailable("address.apply_discount", { discounts: [{ id: 9 }] })).toBe(
      "This address has a discount now, and an address takes a single one: remove it first. Close this dialog.",
    );
    expect(actionUnavailable("address.remove_discount", { discounts: [] })).toContain("nothing to remove");
    expect(actionUnavailable("address.update", { discounts: [] })).toBeNull();
    expect(noActionsMessage("address", {})).toBe("No actions for this address with your role.");
  });
});
