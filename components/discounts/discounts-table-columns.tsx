import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountValueText, purchaseItemTypeLabel, usageLimitsSummary } from "./discount-format";
import { DiscountStatusBadge } from "./discount-status-badge";

const column = createDataTableColumnHelper<Discount>();

/** The discounts table's columns; ids that Recharge can sort by keep their Recharge names. */
export function getDiscountsTableColumns() {
  return column.columns([
    column.accessor("code", {
      header: "Code",
      cell: ({ row, getValue }) => (
        <DataTableRowLink
          href={`/discounts/${row.original.id}`}
          className="block max-w-48 truncate font-mono"
        >
          {getValue() ?? `#${row.original.id}`}
        </DataTableRowLink>
      ),
    }),
    column.accessor(discountValueText, {
      id: "value",
      header: "Value",
      cell: ({ getValue }) => getValue(),
    }),
    column.accessor((discount) => purchaseItemTypeLabel(discount.applies_to?.purchase_item_type), {
      id: "applies_to",
      header: "Applies to",
      cell: ({ getValue }) => getValue(),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <DiscountStatusBadge status={getValue()} />,
    }),
    column.accessor((discount) => usageLimitsSummary(discount.usage_limits), {
      id: "usage_limits",
      header: "Usage limits",
      cell: ({ getValue }) => (
        <span className="block max-w-48 truncate" title={getValue()}>
          {getValue()}
        </span>
      ),
    }),
    column.accessor("starts_at", {
      header: "Starts",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.accessor("ends_at", {
      header: "Ends",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.accessor("created_at", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      enableSorting: true,
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
  ]);
}
