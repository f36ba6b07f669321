"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { DataTableIdFilter } from "@/components/data-table/data-table-id-filter";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { chargeQueries } from "@/lib/queries/charges";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import { chargesEmptyMessage } from "./charge-empty-message";
import { chargeListUrl } from "./charge-list-url";
import { chargeStatusLabel } from "./charge-status-badge";
import { ChargeActionDialog } from "./charge-actions";
import { getChargesTableColumns, type ChargeRowAction } from "./charges-table-columns";
const statusOptions = chargeStatuses.map((status) => ({ value: status, label: chargeStatusLabel(status) }));

/** Charges with Recharge's filters; every bit of state lives in the URL. */
export function ChargesTable() {
  const router = useRouter();
  const [rowAction, setRowAction] = useState<ChargeRowAction | null>(null);
  const columns = useMemo(() => getChargesTableColumns({ onRowAction: setRowAction }), []);
  const { list, tableProps, pagination } = useCursorListTable({
    definition: chargeListUrl,
    pageQuery: chargeQueries.list,
    columns,
    getRowId: (charge) => String(charge.id),
  });
  const filters = list.state.filters;

  return (
    <>
      <DataTable
        {...tableProps}
        caption="Charges"
        emptyMessage={chargesEmptyMessage(filters)}
        onRowOpen={(charge) => router.push(`/charges/${charge.id}`)}
        toolbar={
          // pb-5 / gap-y-7 leave room for the id boxes' hints, which hang below their inputs.
          <div className="flex flex-wrap items-end gap-x-3 gap-y-7 pb-5">
            <DataTableIdFilter
              label="Find charge"
              hint="Exact charge id"
              value={filters.ids}
              onChange={(ids) => list.setFilters({ ids })}
            />
            <DataTableSelectFilter
              label="Status"
              value={filters.status}
              options={statusOptions}
              onChange={(status) => list.setFilters({ status })}
            />
            <DataTableIdFilter
              label="Customer id"
              hint="All of one customer's charges"
              value={filters.customer_id}
              onChange={(customer_id) => list.setFilters({ customer_id })}
            />
            <DataTableDateRangeFilter
              legend="Scheduled"
              value={{ from: filters.scheduled_at_min, to: filters.scheduled_at_max }}
              onChange={({ from, to }) => list.setFilters({ scheduled_at_min: from, scheduled_at_max: to })}
            />
            <DataTableDateRangeFilter
              legend="Processed (UTC)"
              value={{ from: filters.processed_at_min, to: filters.processed_at_max }}
              onChange={({ from, to }) => list.setFilters({ processed_at_min: from, processed_at_max: to })}
            />
            <DataTableDateRangeFilter
              legend="Created (UTC)"
              value={{ from: filters.created_at_min, to: filters.created_at_max }}
              onChange={({ from, to }) => list.setFilters({ created_at_min: from, created_at_max: to })}
            />
          </div>
        }
        footer={<CursorPagination {...pagination} />}
      />
      {rowAction ? (
        <ChargeActionDialog
          charge={rowAction.charge}
          verb={rowAction.verb}
          onClose={() => setRowAction(null)}
        />
      ) : null}
    </>
  );
}
