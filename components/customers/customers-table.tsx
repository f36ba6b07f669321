"use client";

import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { customerQueries } from "@/lib/queries/customers";
import { customerListUrl } from "./customer-list-url";
import { customersEmptyMessage } from "./customer-search";
import { CustomerSearchFilter } from "./customer-search-filter";
import { getCustomersTableColumns } from "./customers-table-columns";

const columns = getCustomersTableColumns();

/** Customers with Recharge's filters; every bit of state lives in the URL. */
export function CustomersTable() {
  const router = useRouter();
  const { list, tableProps, pagination } = useCursorListTable({
    definition: customerListUrl,
    pageQuery: customerQueries.list,
    columns,
    getRowId: (customer) => String(customer.id),
  });
  const filters = list.state.filters;

  return (
    <DataTable
      {...tableProps}
      caption="Customers"
      emptyMessage={customersEmptyMessage(filters)}
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
