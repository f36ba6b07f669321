import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import { MISSING_VALUE } from "@/components/data-table/format";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { customerTitle } from "./customer-format";
import { PaymentMethodBadge, paymentMethodHealth } from "./payment-method-badge";

const column = createDataTableColumnHelper<Customer>();

/** The customers table's columns; ids that Recharge can sort by keep their Recharge names. */
export function getCustomersTableColumns() {
  return column.columns([
    column.accessor("id", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="ID" />,
      enableSorting: true,
      cell: ({ getValue }) => <span className="text-muted-foreground tabular-nums">#{getValue()}</span>,
    }),
    column.accessor(customerTitle, {
      id: "name",
      header: "Name",
      cell: ({ row, getValue }) => (
        <DataTableRowLink href={`/customers/${row.original.id}`} className="block max-w-56 truncate">
          {getValue()}
        </DataTableRowLink>
      ),
    }),
    column.accessor("email", {
      header: "Email",
      cell: ({ getValue }) => <span className="block max-w-64 truncate">{getValue() ?? MISSING_VALUE}</span>,
    }),
    column.accessor("subscriptions_active_count", {
      header: "Active subscriptions",
      meta: { align: "end" },
      cell: ({ getValue }) => getValue() ?? MISSING_VALUE,
    }),
    column.accessor(paymentMethodHealth, {
      id: "payment_method",
      header: "Payment method",
      cell: ({ getValue }) => <PaymentMethodBadge health={getValue()} />,
    }),
    column.accessor("created_at", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      enableSorting: true,
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.accessor("updated_at", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Updated" />,
      enableSorting: true,
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
  ]);
}
