import { describe, expect, it } from "vitest";
import {
  noSubscriptionActionsMessage,
  subscriptionActionsFor,
  subscriptionActionUnavailable,
} from "./subscription-action-rules";

const verbs = (status: string) => subscriptionActionsFor(status).map((rule) => rule.verb);

describe("subscription action rules", () => {
  it("offers each action only from the statuses Recharge allows it in", () => {
    expect(verbs("active")).toEqual(["set_next_charge_date", "cancel"]);
    expect(verbs("cancelled")).toEqual(["activate"]);
    expect(verbs("expired")).toEqual([]);
  });

  it("offers nothing on a status the dashboard does not know (paused, onetime), and says why", () => {
    expect(verbs("paused")).toEqual([]);
    expect(verbs("onetime")).toEqual([]);
    expect(subscriptionActionUnavailable("activate", "paused")).toContain(
      "“paused”, which this dashboard does not know",
    );
    expect(noSubscriptionActionsMessage("onetime")).toContain("does not know the status “onetime”");
    expect(subscriptionActionUnavailable("cancel", "active")).toBeNull();
  });
});
