import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { chargeItemsSummary } from "./charge-format";
import { ChargeRowActions } from "./charge-row-actions";
import { ChargeStatusBadge } from "./charge-status-badge";
import type { ChargeVerb } from "./charge-row-actions";

const column = createDataTableColumnHelper<Charge>();

/** Which dialog a row asked for: the table opens exactly one. */
export interface ChargeRowAction {
  charge: Charge;
  verb: ChargeVerb;
}

/** The charges table's columns; ids that Recharge can sort by keep their Recharge names. */
export function getChargesTableColumns({ onRowAction }: { onRowAction: (action: ChargeRowAction) => void }) {
  return column.columns([
    column.accessor("id", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Charge" />,
      enableSorting: true,
      cell: ({ getValue }) => (
        <DataTableRowLink href={`/charges/${getValue()}`}>#{getValue()}</DataTableRowLink>
      ),
    }),
    column.accessor((charge) => charge.customer?.email ?? MISSING_VALUE, {
      id: "customer",
      header: "Customer",
      cell: ({ getValue }) => <span className="block max-w-56 truncate">{getValue()}</span>,
    }),
    column.accessor("scheduled_at", {
      header: ({ column }) => <DataTableColumnHeader column={column} title="Scheduled" />,
      enableSorting: true,
      cell: ({ getValue }) => <DateCell value={getValue()} variant="date" />,
    }),
    column.accessor("processed_at", {
      header: "Processed",
      cell: ({ getValue }) => <DateCell value={getValue()} variant="datetime" />,
    }),
    column.accessor("total_price", {
      header: "Total",
      meta: { align: "end" },
      cell: ({ row }) => (
        <span className="tabular-nums">{formatMoney(row.original.total_price, row.original.currency)}</span>
      ),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <ChargeStatusBadge status={getValue()} />,
    }),
    column.accessor("type", { header: "Type", cell: ({ getValue }) => getValue() ?? MISSING_VALUE }),
    column.accessor(chargeItemsSummary, {
      id: "items",
      header: "Items",
      cell: ({ getValue }) => <span className="block max-w-64 truncate">{getValue()}</span>,
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => (
        <ChargeRowActions
          charge={row.original}
          onAction={(verb) => onRowAction({ charge: row.original, verb })}
        />
      ),
    }),
  ]);
}
