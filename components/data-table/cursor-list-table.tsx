"use client";

import type { QueryKey } from "@tanstack/react-query";
import type { RowData } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import {
  exportQueryString,
  type FilterSchemas,
  type FilterValues,
  type ListUrlDefinition,
} from "@/lib/list-url/list-url-state";
import type { ExportResource } from "@/lib/schemas/export-events";
import { CursorPagination } from "./cursor-pagination";
import { DataTable } from "./data-table";
import { ListToolbar } from "./list-toolbar";
import type { ListToolbarConfig } from "./list-toolbar-config";
import { queryTableState } from "./query-table-state";
import { useCursorPager, type ListPageQuery } from "./use-cursor-pager";
import { useDataTable, type UseDataTableOptions } from "./use-data-table";
import { useListUrlState } from "./use-list-url-state";

export interface CursorListTableProps<
  Row extends RowData & { id: string | number },
  F extends FilterSchemas,
  Key extends QueryKey,
> {
  /** The list's URL state (module level): filters, sort fields, paging keys. */
  definition: ListUrlDefinition<F>;
  pageQuery: ListPageQuery<Row, Key>;
  /** Module-level or memoised columns. Rows are identified by their `id`. */
  columns: UseDataTableOptions<Row>["columns"];
  /** Accessible name of the table, e.g. "Charges". */
  caption: string;
  /** Why there are no rows, naming the applied filters. */
  emptyMessage: ReactNode | ((filters: FilterValues<F>) => ReactNode);
  toolbar?: ListToolbarConfig<F>;
  /** Where a row opens (click, Enter); without it rows are not focusable. */
  rowHref?: (row: Row) => string;
  /** Names the pager's landmark. */
  paginationLabel?: string;
  /** Offers "Export CSV" of exactly this view (its filters and sort, every page). */
  exportAs?: { resource: ExportResource; noun: string };
}

/**
 * A URL-driven, cursor-paged list table, wired once: the page query and its pager, the table with
 * server-side sort, the toolbar from the list's filter config, loading / placeholder / error with
 * Retry, and Clear filters. A resource table adds only its columns, caption, filters and messages.
 */
export function CursorListTable<
  Row extends RowData & { id: string | number },
  F extends FilterSchemas,
  Key extends QueryKey,
>({
  definition,
  pageQuery,
  columns,
  caption,
  emptyMessage,
  toolbar,
  rowHref,
  paginationLabel,
  exportAs,
}: CursorListTableProps<Row, F, Key>) {
  const router = useRouter();
  const list = useListUrlState(definition);
  const { query, rows, pagination, pageKey } = useCursorPager(list, pageQuery);
  const table = useDataTable<Row>({
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    sortBy: list.state.sortBy,
    onSortByChange: list.setSortBy,
  });
  const filters = list.state.filters;

  return (
    <DataTable
      table={table}
      caption={caption}
      pageSize={list.state.limit}
      pageKey={pageKey}
      {...queryTableState(query)}
      emptyMessage={typeof emptyMessage === "function" ? emptyMessage(filters) : emptyMessage}
      onClearFilters={list.hasActiveFilters ? list.clearFilters : undefined}
      onRowOpen={rowHref ? (row) => router.push(rowHref(row)) : undefined}
      toolbar={
        toolbar || exportAs ? (
          <div className="flex flex-wrap items-start justify-between gap-3">
            {toolbar ? <ListToolbar config={toolbar} filters={filters} onChange={list.setFilters} /> : null}
            {exportAs ? (
              <ExportCsvButton
                resource={exportAs.resource}
                noun={exportAs.noun}
                query={exportQueryString(list.state)}
              />
            ) : null}
          </div>
        ) : undefined
      }
      footer={<CursorPagination {...pagination} label={paginationLabel} />}
    />
  );
}
