import { describe, expect, it, vi } from "vitest";
import { publishActions, publishedActions, type PublishedAction } from "./published-actions";

const action = (key: string): PublishedAction => ({
  key,
  label: key,
  record: "charge #1",
  run: { open: vi.fn() },
});

describe("published actions", () => {
  it("offers each panel's actions while it is shown, in the order the panels came", () => {
    const withdrawFirst = publishActions([action("address.update#1")]);
    const withdrawSecond = publishActions([action("address.update#2"), action("address.apply_discount#2")]);
    expect(publishedActions().map((each) => each.key)).toEqual([
      "address.update#1",
      "address.update#2",
      "address.apply_discount#2",
    ]);
    withdrawFirst();
    expect(publishedActions().map((each) => each.key)).toEqual([
      "address.update#2",
      "address.apply_discount#2",
    ]);
    withdrawSecond();
    expect(publishedActions()).toEqual([]);
  });

  it("keeps one snapshot between changes, as useSyncExternalStore needs", () => {
    const withdraw = publishActions([action("charge.refund#1")]);
    expect(publishedActions()).toBe(publishedActions());
    withdraw();
  });
});
