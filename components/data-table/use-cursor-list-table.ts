"use client";

import { queryTableState } from "./query-table-state";
import type { QueryKey } from "@tanstack/react-query";
import type { RowData } from "@tanstack/react-table";
import type { DataTableInstance } from "./data-table-features";
import type { FilterSchemas, ListUrlDefinition } from "./list-url-state";
import { useCursorList } from "./use-cursor-list";
import { useDataTable, type UseDataTableOptions } from "./use-data-table";

/**
 * Everything a URL-driven, cursor-paged list table needs, wired once: the page query, the table
 * instance with server-side sort, and the DataTable and pager props (loading, placeholder, error
 * with Retry, clear filters). A resource table adds only its columns, caption, filters and messages.
 */
export function useCursorListTable<
  Row extends RowData,
  F extends FilterSchemas,
  Key extends QueryKey,
>(options: {
  definition: ListUrlDefinition<F>;
  pageQuery: Parameters<typeof useCursorList<Row, F, Key>>[1];
  columns: UseDataTableOptions<Row>["columns"];
  getRowId: (row: Row) => string;
}) {
  const { list, query, rows, pagination } = useCursorList(options.definition, options.pageQuery);
  const table: DataTableInstance<Row> = useDataTable<Row>({
    columns: options.columns,
    data: rows,
    getRowId: options.getRowId,
    sortBy: list.state.sortBy,
    onSortByChange: list.setSortBy,
  });
  const tableProps = {
    table,
    pageSize: list.state.limit,
    pageKey: list.state.cursor,
    ...queryTableState(query),
    onClearFilters: list.hasActiveFilters ? list.clearFilters : undefined,
  };
  return { list, query, tableProps, pagination };
}
