"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { DataTableIdFilter } from "@/components/data-table/data-table-id-filter";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { subscriptionStatuses } from "@/lib/schemas/recharge-enums";
import { subscriptionsEmptyMessage } from "./subscription-empty-message";
import { subscriptionListUrl } from "./subscription-list-url";
import { subscriptionStatusLabel } from "./subscription-status-badge";
import { SubscriptionActionDialog } from "./subscription-actions";
import { getSubscriptionsTableColumns, type SubscriptionRowAction } from "./subscriptions-table-columns";
const statusOptions = subscriptionStatuses.map((status) => ({
  value: status,
  label: subscriptionStatusLabel(status),
}));

/** Subscriptions with Recharge's filters; every bit of state lives in the URL. */
export function SubscriptionsTable() {
  const router = useRouter();
  const [rowAction, setRowAction] = useState<SubscriptionRowAction | null>(null);
  const columns = useMemo(() => getSubscriptionsTableColumns({ onRowAction: setRowAction }), []);
  const { list, tableProps, pagination } = useCursorListTable({
    definition: subscriptionListUrl,
    pageQuery: subscriptionQueries.list,
    columns,
    getRowId: (subscription) => String(subscription.id),
  });
  const filters = list.state.filters;

  return (
    <>
      <DataTable
        {...tableProps}
        caption="Subscriptions"
        emptyMessage={subscriptionsEmptyMessage(filters)}
        onRowOpen={(subscription) => router.push(`/subscriptions/${subscription.id}`)}
        toolbar={
          // pb-5 / gap-y-7 leave room for the id boxes' hints, which hang below their inputs.
          <div className="flex flex-wrap items-end gap-x-3 gap-y-7 pb-5">
            <DataTableIdFilter
              label="Find subscription"
              hint="Exact subscription id"
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
              hint="All of one customer's subscriptions"
              value={filters.customer_id}
              onChange={(customer_id) => list.setFilters({ customer_id })}
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
        <SubscriptionActionDialog
          subscription={rowAction.subscription}
          verb={rowAction.verb}
          onClose={() => setRowAction(null)}
        />
      ) : null}
    </>
  );
}
