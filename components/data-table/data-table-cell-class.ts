import { cn } from "@/lib/utils/cn";
import type { DataTableColumnMeta } from "./data-table-features";

/** Classes for a column's header, cells and skeleton cells, so all three line up. */
export function columnClassName(meta: DataTableColumnMeta | undefined, base?: string): string {
  return cn(base, meta?.align === "end" && "text-right tabular-nums", meta?.className);
}
