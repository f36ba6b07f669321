import { ChargeStatusBadge } from "@/components/charges/charge-status-badge";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import { formatMoney } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";

const column = createDataTableColumnHelper<Charge>();

const chargeColumn = column.accessor("id", {
  header: "Charge",
  cell: ({ getValue }) => <DataTableRowLink href={`/charges/${getValue()}`}>#{getValue()}</DataTableRowLink>,
});
const scheduledColumn = column.accessor("scheduled_at", {
  header: "Scheduled",
  cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
});
const processedColumn = column.accessor("processed_at", {
  header: "Processed",
  cell: ({ getValue }) => <DateCell value={getValue()} />,
});
const statusColumn = column.accessor("status", {
  header: "Status",
  cell: ({ getValue }) => <ChargeStatusBadge status={getValue()} />,
});
// The whole charge: it may hold other items of the same address beside this subscription.
const totalColumn = column.accessor("total_price", {
  header: "Charge total",
  meta: { align: "end" },
  cell: ({ row }) => formatMoney(row.original.total_price, row.original.currency),
});

/** Queued charges: nothing is processed yet, so no Processed column. */
export const upcomingChargeColumns = column.columns([
  chargeColumn,
  scheduledColumn,
  statusColumn,
  totalColumn,
]);

export const chargeHistoryColumns = column.columns([
  chargeColumn,
  scheduledColumn,
  processedColumn,
  statusColumn,
  totalColumn,
]);
