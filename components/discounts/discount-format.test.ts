import { describe, expect, it } from "vitest";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountsEmptyMessage } from "./discount-empty-message";
import {
  discountValueText,
  minimumSubtotal,
  purchaseItemTypeLabel,
  usageLimitsSummary,
} from "./discount-format";

describe("discountValueText", () => {
  it("prints percentages without trailing zeros", () => {
    expect(discountValueText({ value: "20.00", value_type: "percentage" })).toBe("20% off");
    expect(discountValueText({ value: "12.50", value_type: "percentage" })).toBe("12.5% off");
  });

  it("prints fixed amounts as money off in the store currency", () => {
    expect(discountValueText({ value: "5.00", value_type: "fixed_amount" })).toBe("$5.00 off");
  });

  it("calls a full shipping discount free shipping, a partial one a percentage of shipping", () => {
    expect(discountValueText({ value: "100.00", value_type: "shipping" })).toBe("Free shipping");
    expect(discountValueText({ value: "50.00", value_type: "shipping" })).toBe("50% off shipping");
  });
});

describe("usageLimitsSummary", () => {
  it("lists each limit that applies", () => {
    expect(
      usageLimitsSummary({
        one_application_per_customer: true,
        first_time_customer_restriction: true,
        max_subsequent_redemptions: 12,
      }),
    ).toBe("Once per customer · First-time customers · 12 subsequent uses");
    expect(usageLimitsSummary({ max_subsequent_redemptions: 1 })).toBe("1 subsequent use");
  });

  it("says there are none when nothing limits the code", () => {
    const none = {
      one_application_per_customer: false,
      first_time_customer_restriction: false,
      max_subsequent_redemptions: null,
    };
    expect(usageLimitsSummary(none)).toBe("No limits");
    expect(usageLimitsSummary(null)).toBe("No limits");
  });
});

describe("labels", () => {
  it("names what a code applies to, defaulting to everything", () => {
    expect(purchaseItemTypeLabel("SUBSCRIPTION")).toBe("Subscriptions");
    expect(purchaseItemTypeLabel("ONETIME")).toBe("One-time purchases");
    expect(purchaseItemTypeLabel(null)).toBe("All purchases");
  });

  it("prints a minimum subtotal only when there is one", () => {
    expect(minimumSubtotal({ prerequisite_subtotal_min: "50.00" } as Discount)).toBe("$50.00");
    expect(minimumSubtotal({ prerequisite_subtotal_min: null } as Discount)).toBeNull();
  });
});

describe("discountsEmptyMessage", () => {
  const none = {
    discount_code: null,
    status: null,
    discount_type: null,
    created_at_min: null,
    created_at_max: null,
  };

  it("names every active filter", () => {
    expect(discountsEmptyMessage({ ...none, discount_code: "SAVE99", status: "fully_disabled" })).toBe(
      "No discounts with code “SAVE99” and with status “fully disabled”.",
    );
    expect(
      discountsEmptyMessage({ ...none, discount_type: "fixed_amount", created_at_max: "2026-01-31" }),
    ).toBe("No discounts of type “fixed amount” and created on or before 2026-01-31.");
  });

  it("says the store has none when nothing is filtered", () => {
    expect(discountsEmptyMessage(none)).toBe("There are no discount codes yet.");
  });
});
