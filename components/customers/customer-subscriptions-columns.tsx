import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import { MISSING_VALUE } from "@/components/data-table/format";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { intervalLabel, priceTimesQuantity } from "@/components/subscriptions/subscription-format";
import { SubscriptionStatusBadge } from "@/components/subscriptions/subscription-status-badge";

const column = createDataTableColumnHelper<Subscription>();

/** The customer page's compact subscriptions table: what, how much, how often, and what is next. */
export function getCustomerSubscriptionsColumns() {
  return column.columns([
    column.accessor("id", {
      header: "Subscription",
      cell: ({ getValue }) => (
        <DataTableRowLink href={`/subscriptions/${getValue()}`}>#{getValue()}</DataTableRowLink>
      ),
    }),
    column.accessor((subscription) => subscription.product_title ?? MISSING_VALUE, {
      id: "product",
      header: "Product",
      cell: ({ getValue }) => <span className="block max-w-56 truncate">{getValue()}</span>,
    }),
    column.accessor((subscription) => subscription.variant_title ?? MISSING_VALUE, {
      id: "variant",
      header: "Variant",
      cell: ({ getValue }) => <span className="block max-w-40 truncate">{getValue()}</span>,
    }),
    column.accessor(priceTimesQuantity, { id: "price", header: "Price × qty", meta: { align: "end" } }),
    column.accessor(intervalLabel, { id: "interval", header: "Interval" }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <SubscriptionStatusBadge status={getValue()} />,
    }),
    column.accessor("next_charge_scheduled_at", {
      header: "Next charge",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
  ]);
}
