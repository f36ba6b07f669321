// What a list endpoint offers: its table, sort fields and filters.
import type { Store } from "../store/store";
import type { Table } from "../store/table";
import { timeRangeFilter, type FilterSpec, type Row } from "./filters";
import type { IncludeResolvers } from "./includes";

export interface ListSpec<T extends Row> {
  /** Envelope key of the list (`charges`) and the cursor's namespace. */
  resource: string;
  table: (store: Store) => Table<T>;
  /** sort_by fields; each is a sort index of the table. */
  sorts: readonly string[];
  filters: readonly FilterSpec<T>[];
  /** Rows the API still shows at a clock reading; the others are left out of lists and 404 by id. */
  visible?: (nowMs: number) => (row: T) => boolean;
  /** The `include=` values the sandbox simulates for this resource. */
  includes?: IncludeResolvers<T>;
}

/** created_at_min/max and updated_at_min/max, which every resource has. */
export function timestampFilters<
  T extends Row & { created_at: string; updated_at: string },
>(): FilterSpec<T>[] {
  return [
    timeRangeFilter<T>("created_at_min", "min", (row) => row.created_at),
    timeRangeFilter<T>("created_at_max", "max", (row) => row.created_at),
    timeRangeFilter<T>("updated_at_min", "min", (row) => row.updated_at),
    timeRangeFilter<T>("updated_at_max", "max", (row) => row.updated_at),
  ];
}

export const DEFAULT_SORTS = ["id", "created_at", "updated_at"] as const;
