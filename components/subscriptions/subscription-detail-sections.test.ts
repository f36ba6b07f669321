import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import {
  CancellationSection,
  CustomerSection,
  SettingsSection,
  SUBSCRIPTION_SECTION_LABELS,
  SubscriptionOverviewSection,
} from "./subscription-detail-sections";

const terms = (html: string) => [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((match) => match[1]);

const subscription = {
  id: 312877497,
  address_id: 105226253,
  customer_id: 93414959,
  cancellation_reason: "Shipping took too long",
  cancellation_reason_comments: null,
  cancelled_at: "2026-11-20T23:59:51+00:00",
  charge_interval_frequency: 3,
  created_at: "2026-11-19T23:47:21+00:00",
  external_product_id: { ecommerce: "7420119570935" },
  external_variant_id: { ecommerce: "42950316145995" },
  has_queued_charges: false,
  is_prepaid: true,
  is_skippable: true,
  max_retries_reached: false,
  next_charge_scheduled_at: null,
  order_interval_frequency: 1,
  order_interval_unit: "month",
  presentment_currency: "CAD",
  price: "38.95",
  product_title: "Grain-Free Salmon Dog Food",
  properties: [],
  quantity: 1,
  sku: "PET-DS-01",
  status: "cancelled",
  updated_at: "2026-11-20T23:59:51+00:00",
  variant_title: "4 lb",
} satisfies Subscription;

describe("subscription detail sections", () => {
  it("shows the product, price, both intervals of a prepaid plan and a missing next charge", () => {
    const html = renderToStaticMarkup(h(SubscriptionOverviewSection, { subscription }));
    expect(html).toMatch(/Price<\/dt><dd[^>]*>CA\$38\.95</);
    expect(html).toMatch(/Interval<\/dt><dd[^>]*>every month</);
    expect(html).toMatch(/Charged<\/dt><dd[^>]*>every 3 months</);
    expect(html).toMatch(/Next charge<\/dt><dd[^>]*><span>—</);
    expect(html).toContain(">cancelled</span>");
  });

  it("shows why it was cancelled, with a dash for missing comments", () => {
    const html = renderToStaticMarkup(h(CancellationSection, { subscription }));
    expect(html).toMatch(/Reason<\/dt><dd[^>]*>Shipping took too long</);
    expect(html).toMatch(/Comments<\/dt><dd[^>]*>—</);
    expect(html).toContain('dateTime="2026-11-20T23:59:51.000Z"');
  });

  it("draw the labels the loading skeleton draws, so nothing moves when the record arrives", () => {
    const monthly = { ...subscription, charge_interval_frequency: 1 };
    expect(terms(renderToStaticMarkup(h(SubscriptionOverviewSection, { subscription: monthly })))).toEqual(
      SUBSCRIPTION_SECTION_LABELS.subscription,
    );
    expect(terms(renderToStaticMarkup(h(CustomerSection, { subscription })))).toEqual(
      SUBSCRIPTION_SECTION_LABELS.customer,
    );
    expect(terms(renderToStaticMarkup(h(SettingsSection, { subscription })))).toEqual(
      SUBSCRIPTION_SECTION_LABELS.settings,
    );
  });
});
