import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { deliveryInterval, priceTimesQuantity, productName } from "./subscription-format";
import { SubscriptionRowActions } from "./subscription-row-actions";
import { SubscriptionStatusBadge } from "./subscription-status-badge";
import type { SubscriptionVerb } from "./subscription-row-actions";

/** Which dialog a row asked for: the table opens exactly one. */
export interface SubscriptionRowAction {
  subscription: Subscription;
  verb: SubscriptionVerb;
}

const column = createDataTableColumnHelper<Subscription>();

/**
 * The subscriptions table's columns; ids that Recharge can sort by keep their Recharge names. Sized
 * to fit 1280px beside the sidebar; narrower screens scroll the table, not the page.
 */
export function getSubscriptionsTableColumns({
  onRowAction = () => undefined,
}: { onRowAction?: (action: SubscriptionRowAction) => void } = {}) {
  return column.columns([
    column.accessor("id", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="ID" />,
      enableSorting: true,
      cell: ({ getValue }) => <span className="text-muted-foreground tabular-nums">#{getValue()}</span>,
    }),
    column.accessor(productName, {
      id: "product",
      header: "Product",
      cell: ({ row, getValue }) => (
        <span className="block max-w-64 truncate">
          <DataTableRowLink href={`/subscriptions/${row.original.id}`}>{getValue()}</DataTableRowLink>
          {row.original.variant_title ? (
            <span className="text-muted-foreground"> · {row.original.variant_title}</span>
          ) : null}
        </span>
      ),
    }),
    column.accessor("customer_id", {
      header: "Customer",
      cell: ({ getValue }) => (
        <DataTableRowLink href={`/customers/${getValue()}`} className="font-normal tabular-nums">
          {getValue()}
        </DataTableRowLink>
      ),
    }),
    column.accessor(priceTimesQuantity, {
      id: "price",
      header: "Price",
      meta: { align: "end" },
      cell: ({ getValue }) => getValue(),
    }),
    column.accessor(deliveryInterval, {
      id: "interval",
      header: "Interval",
      cell: ({ getValue }) => getValue(),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <SubscriptionStatusBadge status={getValue()} />,
    }),
    column.accessor("next_charge_scheduled_at", {
      header: "Next charge",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.accessor("created_at", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      enableSorting: true,
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => (
        <SubscriptionRowActions
          subscription={row.original}
          onAction={(verb) => onRowAction({ subscription: row.original, verb })}
        />
      ),
    }),
  ]);
}
