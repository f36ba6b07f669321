"use client";

import { useMemo } from "react";
import {
  useTable,
  type RowData,
  type SortingState,
  type TableOptions,
  type Updater,
} from "@tanstack/react-table";
import { dataTableFeatures, type DataTableFeatures, type DataTableInstance } from "./data-table-features";
import { sortByToSorting, sortingToSortBy } from "@/lib/list-url/sort-by";

// One empty array for every table: a fresh `[]` per render would rebuild the row model each time.
const NO_ROWS: readonly never[] = [];

export interface UseDataTableOptions<TData extends RowData> {
  /** Module-level or memoised columns (a new array per render rebuilds every model). */
  columns: TableOptions<DataTableFeatures, TData>["columns"];
  /** The page's rows; undefined while nothing has loaded yet. */
  data: readonly TData[] | undefined;
  /** Stable row identity (the Recharge id), so React keeps focus and DOM across pages. */
  getRowId: (row: TData) => string;
  /** Current `sort_by` (from the URL). Columns sort only with `enableSorting: true`. */
  sortBy?: string | null;
  /** Called with the next `sort_by` (null = server default) when a sortable header is clicked. */
  onSortByChange?: (sortBy: string | null) => void;
}

/**
 * `useTable` with the list conventions: shared features, server-side (manual) sorting mapped to
 * Recharge's single `sort_by`, columns unsortable unless they opt in, newest-first on first click.
 */
export function useDataTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  sortBy = null,
  onSortByChange,
}: UseDataTableOptions<TData>): DataTableInstance<TData> {
  const sorting = useMemo(() => sortByToSorting(sortBy), [sortBy]);

  return useTable<DataTableFeatures, TData>({
    features: dataTableFeatures,
    columns,
    data: data ?? NO_ROWS,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    enableMultiSort: false,
    enableSorting: onSortByChange !== undefined,
    sortDescFirst: true,
    defaultColumn: { enableSorting: false },
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      onSortByChange?.(sortingToSortBy(next));
    },
  });
}
