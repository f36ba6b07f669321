import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OperatorProvider } from "@/components/auth/operator-context";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { Role } from "@/lib/schemas/roles";
import { discountQueries } from "@/lib/queries/discounts";
import { DiscountDetail } from "./discount-detail";
import { DISCOUNT_SECTION_LABELS } from "./discount-detail-sections";

const discount = {
  id: 138540173,
  applies_to: { ids: [], purchase_item_type: "SUBSCRIPTION", resource: null },
  channel_settings: {
    api: { can_apply: true },
    checkout_page: { can_apply: false },
    customer_portal: { can_apply: true },
    merchant_portal: null,
  },
  code: "FRIENDS20-BDL4",
  created_at: "2025-08-16T13:41:09+00:00",
  ends_at: null,
  external_discount_id: { ecommerce: null },
  prerequisite_subtotal_min: "50.00",
  starts_at: "2025-08-16T13:41:09+00:00",
  status: "fully_disabled",
  updated_at: "2026-07-16T20:03:31+00:00",
  usage_limits: {
    first_time_customer_restriction: true,
    max_subsequent_redemptions: null,
    one_application_per_customer: false,
  },
  value: "20.00",
  value_type: "fixed_amount",
} satisfies Discount;

function render(id: string, data?: Discount): string {
  const client = new QueryClient();
  if (data) client.setQueryData(discountQueries.detail(id).queryKey, data);
  return renderToStaticMarkup(h(QueryClientProvider, { client }, h(DiscountDetail, { id })));
}

/** The Actions section's markup as an operator of `role` sees it. */
function actionsAs(role: Role, data: Discount): string {
  const client = new QueryClient();
  client.setQueryData(discountQueries.detail(String(data.id)).queryKey, data);
  const operator = { id: "1", email: `${role}@example.com`, name: role, role };
  const html = renderToStaticMarkup(
    h(
      QueryClientProvider,
      { client },
      h(OperatorProvider, { operator, children: h(DiscountDetail, { id: String(data.id) }) }),
    ),
  );
  return /<h2[^>]*>Actions<\/h2>[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

describe("DiscountDetail", () => {
  it("renders a cached discount: heading, value, limits and a yes/no row per channel", () => {
    const html = render(String(discount.id), discount);
    expect(html).toMatch(/<h1[^>]*>.*FRIENDS20-BDL4.*fully disabled/);
    expect(html).toContain("$20.00 off · Subscriptions · discount #138540173");
    expect(html).toContain("$50.00");
    expect(html).toContain("No end date");
    expect(html).toMatch(/Checkout page<\/th><td[^>]*>No</);
    expect(html).toMatch(/Merchant portal<\/th><td[^>]*>Not set</);
    expect(html).toMatch(/First-time customers only<\/dt><dd[^>]*>Yes</);
    expect(html).toMatch(/Max subsequent redemptions<\/dt><dd[^>]*>Unlimited</);
    // Signed out of the dashboard layout (no operator): no actions are offered.
    expect(html).not.toContain("<button");
    expect(html).toContain("Only admins can edit, disable or delete discount codes.");
  });

  it("renders the skeleton with the final sections while nothing is cached", () => {
    const html = render("5");
    expect(html).toContain('aria-busy="true"');
    for (const title of ["Discount", "Applies to", "Usage limits", "Channels", "Actions"])
      expect(html).toContain(`>${title}</h2>`);
  });

  it("draws the labels the loading skeleton draws, so nothing moves when the discount arrives", () => {
    const terms = [...render(String(discount.id), discount).matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map(
      (match) => match[1],
    );
    expect(terms).toEqual([
      ...DISCOUNT_SECTION_LABELS.discount,
      ...DISCOUNT_SECTION_LABELS.appliesTo,
      ...DISCOUNT_SECTION_LABELS.usageLimits,
    ]);
  });

  it("offers an admin Edit, Disable and Delete on an enabled code, Enable on a disabled one", () => {
    const enabled = actionsAs("admin", { ...discount, status: "enabled" });
    expect(enabled).toContain(`href="/discounts/${discount.id}/edit"`);
    expect(enabled).toMatch(/<button[^>]*>Disable<\/button>/);
    expect(enabled).toMatch(/<button[^>]*>Delete<\/button>/);
    expect(actionsAs("admin", { ...discount, status: "disabled" })).toMatch(/<button[^>]*>Enable<\/button>/);
    // Fully disabled cannot come back: only Delete is left.
    const terminal = actionsAs("admin", discount);
    expect(terminal).not.toContain("/edit");
    expect(terminal).not.toMatch(/>(Disable|Enable)</);
    expect(terminal).toMatch(/<button[^>]*>Delete<\/button>/);
  });

  it("offers agents and viewers none of the discount actions", () => {
    for (const role of ["agent", "viewer"] as const) {
      const html = actionsAs(role, { ...discount, status: "enabled" });
      expect(html).not.toContain("<button");
      expect(html).not.toContain("/edit");
      expect(html).toContain("Only admins can edit, disable or delete discount codes.");
    }
  });
});
