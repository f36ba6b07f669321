import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { getDiscountsTableColumns } from "./discounts-table-columns";

const columns = getDiscountsTableColumns();

const row = {
  id: 138540513,
  applies_to: { ids: [], purchase_item_type: "ALL", resource: null },
  channel_settings: null,
  code: "SHAVE20",
  created_at: "2026-11-19T12:58:19+00:00",
  ends_at: null,
  external_discount_id: { ecommerce: null },
  prerequisite_subtotal_min: null,
  starts_at: "2026-11-19T12:58:19+00:00",
  status: "enabled",
  updated_at: "2026-11-19T12:58:19+00:00",
  usage_limits: {
    first_time_customer_restriction: false,
    max_subsequent_redemptions: null,
    one_application_per_customer: true,
  },
  value: "20.00",
  value_type: "percentage",
} satisfies Discount;

function Harness() {
  const table = useDataTable({ columns, data: [row], getRowId: (discount) => String(discount.id) });
  return h(DataTable<Discount>, { table, caption: "Discount codes", pageSize: 50 });
}

describe("discounts table columns", () => {
  it("renders one row: code link, value, applies to, status, limits and dates", () => {
    const html = renderToStaticMarkup(h(Harness));
    const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) =>
      match[1]!.replace(/<[^>]+>/g, ""),
    );
    expect(cells).toEqual([
      "SHAVE20",
      "20% off",
      "All purchases",
      "enabled",
      "Once per customer",
      "Nov 19, 2026",
      "—",
      "Nov 19, 2026",
    ]);
    expect(html).toContain('href="/discounts/138540513"');
  });
});
