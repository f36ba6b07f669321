import { ChargeStatusBadge } from "@/components/charges/charge-status-badge";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import { chargeItemsSummary } from "@/components/charges/charge-format";
import { formatMoney } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";

const column = createDataTableColumnHelper<Charge>();

/**
 * A customer's charges, without the customer column the charges list needs. Upcoming charges have
 * not been processed, so `processed: false` leaves that column out.
 */
export function getCustomerChargesColumns({ processed }: { processed: boolean }) {
  return column.columns([
    column.accessor("id", {
      header: "Charge",
      cell: ({ getValue }) => (
        <DataTableRowLink href={`/charges/${getValue()}`}>#{getValue()}</DataTableRowLink>
      ),
    }),
    column.accessor("scheduled_at", {
      header: "Scheduled",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    ...(processed
      ? [
          column.accessor("processed_at", {
            header: "Processed",
            cell: ({ getValue }) => <DateCell value={getValue()} variant="datetime" />,
          }),
        ]
      : []),
    column.accessor("total_price", {
      header: "Total",
      meta: { align: "end" },
      cell: ({ row }) => formatMoney(row.original.total_price, row.original.currency),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <ChargeStatusBadge status={getValue()} />,
    }),
    column.accessor(chargeItemsSummary, {
      id: "items",
      header: "Items",
      cell: ({ getValue }) => <span className="block max-w-64 truncate">{getValue()}</span>,
    }),
  ]);
}
