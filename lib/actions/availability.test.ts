import { describe, expect, it } from "vitest";
import { actionsOn, actionUnavailable, noActionsMessage } from "./availability";
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
    expect(verbs("active")).toEqual(["subscription.set_next_charge_date", "subscription.cancel"]);
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
});

describe("targets without statuses", () => {
  it("offers no action on an address until the catalog has one, and says so without a status", () => {
    expect(ids("address", "")).toEqual([]);
    expect(noActionsMessage("address", {})).toBe("No actions for this address with your role.");
  });
});
