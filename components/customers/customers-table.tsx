"use client";

import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { useCursorList } from "@/components/data-table/use-cursor-list";
import { useDataTable } from "@/components/data-table/use-data-table";
import { getErrorMessage } from "@/lib/queries/api-error";
import { customerQueries } from "@/lib/queries/customers";
import { customerListUrl } from "./customer-list-url";
import { customersEmptyMessage } from "./customer-search";
import { CustomerSearchFilter } from "./customer-search-filter";
import { getCustomersTableColumns } from "./customers-table-columns";

const columns = getCustomersTableColumns();

/** Customers with Recharge's filters; every bit of state lives in the URL. */
export function CustomersTable() {
  const router = useRouter();
  const { list, query, rows, pagination } = useCursorList(customerListUrl, customerQueries.list);
  const table = useDataTable({
    columns,
    data: rows,
    getRowId: (customer) => String(customer.id),
    sortBy: list.state.sortBy,
    onSortByChange: list.setSortBy,
  });
  const filters = list.state.filters;

  return (
    <DataTable
      table={table}
      caption="Customers"
      pageSize={list.state.limit}
      pageKey={list.state.cursor}
      isLoading={query.isPending}
      isPlaceholderData={query.isPlaceholderData}
      error={
        query.isError
          ? {
              message: getErrorMessage(query.error),
              onRetry: () => void query.refetch(),
              isRetrying: query.isFetching,
            }
          : null
      }
      emptyMessage={customersEmptyMessage(filters)}
      onClearFilters={list.hasActiveFilters ? list.clearFilters : undefined}
      onRowOpen={(customer) => router.push(`/customers/${customer.id}`)}
      toolbar={
        <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
          <CustomerSearchFilter
            value={{ email: filters.email, ids: filters.ids }}
            onChange={(search) => list.setFilters(search)}
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
  );
}
