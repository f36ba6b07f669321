import { describe, expect, it } from "vitest";
import { chargeActionsFor, chargeActionUnavailable, noChargeActionsMessage } from "./charge-action-rules";

const verbs = (status: string) => chargeActionsFor(status).map((rule) => rule.verb);

describe("charge action rules", () => {
  it("offers each action only from the statuses Recharge allows it in", () => {
    expect(verbs("queued")).toEqual(["skip", "process"]);
    expect(verbs("skipped")).toEqual(["unskip"]);
    expect(verbs("error")).toEqual(["process"]);
    expect(verbs("partially_refunded")).toEqual(["refund"]);
    expect(verbs("refunded")).toEqual([]);
  });

  it("offers nothing on a status the dashboard does not know, and says why", () => {
    expect(verbs("uncaptured")).toEqual([]);
    expect(chargeActionUnavailable("refund", "uncaptured")).toContain(
      "“uncaptured”, which this dashboard does not know",
    );
    expect(noChargeActionsMessage("uncaptured")).toContain("does not know the status “uncaptured”");
    expect(chargeActionUnavailable("refund", "success")).toBeNull();
    expect(chargeActionUnavailable("skip", "partially_refunded")).toBe(
      "Skip is not possible for a partially refunded charge. Close this dialog.",
    );
  });
});
