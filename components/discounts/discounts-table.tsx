"use client";

import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { DataTableTextFilter } from "@/components/data-table/data-table-text-filter";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { discountQueries } from "@/lib/queries/discounts";
import { discountStatuses, discountValueTypes } from "@/lib/schemas/recharge-enums";
import { discountsEmptyMessage } from "./discount-empty-message";
import { discountTypeLabel } from "./discount-format";
import { discountListUrl } from "./discount-list-url";
import { discountStatusLabel } from "./discount-status-badge";
import { getDiscountsTableColumns } from "./discounts-table-columns";

const columns = getDiscountsTableColumns();
const statusOptions = discountStatuses.map((status) => ({
  value: status,
  label: discountStatusLabel(status),
}));
const typeOptions = discountValueTypes.map((type) => ({ value: type, label: discountTypeLabel(type) }));

/** Discount codes with Recharge's filters; every bit of state lives in the URL. */
export function DiscountsTable() {
  const router = useRouter();
  const { list, tableProps, pagination } = useCursorListTable({
    definition: discountListUrl,
    pageQuery: discountQueries.list,
    columns,
    getRowId: (discount) => String(discount.id),
  });
  const filters = list.state.filters;

  return (
    <DataTable
      {...tableProps}
      caption="Discount codes"
      emptyMessage={discountsEmptyMessage(filters)}
      onRowOpen={(discount) => router.push(`/discounts/${discount.id}`)}
      toolbar={
        <div className="flex flex-wrap items-end gap-3">
          <DataTableTextFilter
            label="Discount code"
            value={filters.discount_code}
            onChange={(discount_code) => list.setFilters({ discount_code })}
            placeholder="Exact code, e.g. SAVE20"
            className="w-52"
          />
          <DataTableSelectFilter
            label="Status"
            value={filters.status}
            options={statusOptions}
            onChange={(status) => list.setFilters({ status })}
          />
          <DataTableSelectFilter
            label="Type"
            value={filters.discount_type}
            options={typeOptions}
            onChange={(discount_type) => list.setFilters({ discount_type })}
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
