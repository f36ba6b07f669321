import {
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from "@tanstack/react-table";

/** Per-column presentation, read by <DataTable> for the header, cells and skeleton. */
export interface DataTableColumnMeta {
  /** "end" right-aligns with tabular digits: use it for money and counts. */
  align?: "start" | "end";
  /** Extra classes on this column's header and cells (width, truncation). */
  className?: string;
}

/**
 * The one feature set every list table uses: sorting state only (the server sorts; no client row
 * models), plus typed column meta. Shared so <DataTable> can read sort state and meta with types.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** What <DataTable> renders: any `useDataTable` result, whatever its selected state. */
export type DataTableInstance<TData extends RowData> = ReactTable<DataTableFeatures, TData, unknown>;

/** Column helper bound to the shared features: `const column = createDataTableColumnHelper<Charge>()`. */
export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
