"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { CellData, Column, RowData } from "@tanstack/react-table";
import { cn } from "@/lib/utils/cn";
import type { DataTableFeatures } from "./data-table-features";

export interface DataTableColumnHeaderProps<TData extends RowData, TValue extends CellData> {
  column: Column<DataTableFeatures, TData, TValue>;
  title: string;
  className?: string;
}

/**
 * A header title that toggles the server sort when the column allows it (`enableSorting: true`,
 * column id = Recharge sort field). The `<th>` carries `aria-sort`; the button just acts.
 */
export function DataTableColumnHeader<TData extends RowData, TValue extends CellData>({
  column,
  title,
  className,
}: DataTableColumnHeaderProps<TData, TValue>) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>;

  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className={cn(
        "hover:text-foreground -mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5",
        sorted && "text-foreground",
        className,
      )}
    >
      {title}
      <Icon aria-hidden="true" className={cn("size-3.5", !sorted && "opacity-50")} />
    </button>
  );
}
