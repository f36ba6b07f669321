import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { getSubscriptionsTableColumns } from "./subscriptions-table-columns";

const columns = getSubscriptionsTableColumns();

const row = {
  id: 312877501,
  address_id: 105226286,
  customer_id: 93415007,
  cancellation_reason: null,
  cancellation_reason_comments: null,
  cancelled_at: null,
  charge_interval_frequency: 2,
  created_at: "2026-11-20T04:36:15+00:00",
  external_product_id: { ecommerce: "7420118314187" },
  external_variant_id: { ecommerce: "42950304037118" },
  has_queued_charges: true,
  is_prepaid: false,
  is_skippable: true,
  max_retries_reached: false,
  next_charge_scheduled_at: "2026-12-16",
  order_interval_frequency: 2,
  order_interval_unit: "week",
  presentment_currency: "USD",
  price: "38.00",
  product_title: "Single-Origin Espresso Pods",
  properties: [],
  quantity: 2,
  sku: "COF-EP-02",
  status: "active",
  updated_at: "2026-11-20T11:22:28+00:00",
  variant_title: "60 pods",
} satisfies Subscription;

function Harness({ sortBy }: { sortBy: string | null }) {
  const table = useDataTable({
    columns,
    data: [row],
    getRowId: (subscription) => String(subscription.id),
    sortBy,
    onSortByChange: () => {},
  });
  return h(DataTable<Subscription>, { table, caption: "Subscriptions", pageSize: 50 });
}

const render = (sortBy: string | null = null) => renderToStaticMarkup(h(Harness, { sortBy }));

describe("subscriptions table columns", () => {
  it("renders one row: id, product link, customer link, price × quantity, interval, status, dates", () => {
    const html = render();
    const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) =>
      match[1]!.replace(/<[^>]+>/g, ""),
    );
    expect(cells).toEqual([
      "#312877501",
      "Single-Origin Espresso Pods · 60 pods",
      "93415007",
      "$38.00 × 2",
      "every 2 weeks",
      "active",
      "Dec 16, 2026",
      "Nov 20, 2026",
      "", // the row's action menu: empty without a signed-in operator allowed to act
    ]);
    expect(html).toContain('href="/subscriptions/312877501"');
    expect(html).toContain('href="/customers/93415007"');
  });

  it("sorts only by Recharge's sort fields, and marks the sorted header", () => {
    const html = render("created_at-asc");
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toMatch(/aria-sort="ascending"[^>]*><button[^>]*>Created/);
  });
});
