import { describe, expect, it } from "vitest";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { intervalLabel } from "./subscription-format";

const base = {
  charge_interval_frequency: 1,
  order_interval_frequency: 1,
  order_interval_unit: "month",
} as Subscription;

describe("intervalLabel", () => {
  it("says how often it ships, and how often it bills when that differs (prepaid)", () => {
    expect(intervalLabel(base)).toBe("Every month");
    expect(
      intervalLabel({
        ...base,
        order_interval_frequency: 2,
        charge_interval_frequency: 2,
        order_interval_unit: "week",
      }),
    ).toBe("Every 2 weeks");
    expect(intervalLabel({ ...base, charge_interval_frequency: 3 })).toBe(
      "Ships every month, billed every 3 months",
    );
  });
});
