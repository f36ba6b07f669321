import { describe, expect, it } from "vitest";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { cursorPageQuery } from "@/lib/list-url/list-url-state";
import { chargeHistoryQuery, upcomingChargesQuery } from "@/lib/list-url/subscription-charges-query";
import { subscriptionsEmptyMessage } from "./subscription-empty-message";
import { formatInterval, priceTimesQuantity, productName, unitPrice } from "./subscription-format";

const subscription = (fields: Partial<Subscription>) =>
  ({ id: 312877501, price: "38.00", quantity: 2, presentment_currency: "USD", ...fields }) as Subscription;

describe("subscription formatting", () => {
  it("reads intervals as a person would say them", () => {
    expect(formatInterval(1, "month")).toBe("every month");
    expect(formatInterval(2, "week")).toBe("every 2 weeks");
    expect(formatInterval(30, "day")).toBe("every 30 days");
  });

  it("prints quantity × unit price in the presentment currency", () => {
    expect(priceTimesQuantity(subscription({}))).toBe("$38.00 × 2");
    expect(unitPrice(subscription({ presentment_currency: "CAD" }))).toBe("CA$38.00");
  });

  it("never guesses a currency Recharge did not give", () => {
    expect(unitPrice(subscription({ presentment_currency: null }))).toBe("38.00");
  });

  it("names a subscription without a product title by its id", () => {
    expect(productName(subscription({ product_title: "Coffee" }))).toBe("Coffee");
    expect(productName(subscription({ product_title: null }))).toBe("Subscription #312877501");
  });
});

describe("subscription charge queries", () => {
  it("ask for the subscription's queued charges, soonest first, keys in a stable order", () => {
    expect(upcomingChargesQuery("42")).toBe(
      "purchase_item_id=42&sort_by=scheduled_at-asc&status=queued&limit=25",
    );
  });

  it("ask for the whole history, or one status of it, latest first", () => {
    expect(chargeHistoryQuery("42", null)).toBe("purchase_item_id=42&sort_by=scheduled_at-desc&limit=25");
    expect(chargeHistoryQuery("42", "error")).toBe(
      "purchase_item_id=42&sort_by=scheduled_at-desc&status=error&limit=25",
    );
  });

  it("send only the cursor and the limit on later pages", () => {
    expect(cursorPageQuery("abc+/=", 25)).toBe("cursor=abc%2B%2F%3D&limit=25");
  });
});

describe("subscriptionsEmptyMessage", () => {
  const none = {
    status: null,
    ids: null,
    customer_id: null,
    created_at_min: null,
    created_at_max: null,
    updated_at_min: null,
    updated_at_max: null,
  };

  it("names every active filter", () => {
    expect(subscriptionsEmptyMessage({ ...none, ids: "1" })).toBe("No subscriptions with id 1.");
    expect(
      subscriptionsEmptyMessage({
        ...none,
        status: "expired",
        customer_id: "93414978",
        created_at_min: "2026-01-01",
        created_at_max: "2026-02-01",
      }),
    ).toBe(
      "No subscriptions with status “expired”, for customer 93414978, and created between 2026-01-01 and 2026-02-01.",
    );
  });
});
