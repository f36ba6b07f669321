"use client";

import type { KeyboardEvent, MouseEvent } from "react";
import { FlexRender, type Row, type RowData } from "@tanstack/react-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils/cn";
import type { DataTableFeatures } from "./data-table-features";
import { columnClassName } from "./data-table-cell-class";

// Clicks on these inside a row do their own thing and must not also open the row.
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="checkbox"], [role="switch"], [role="menu"], [data-row-click-ignore]';

function isOwnClick(event: MouseEvent<HTMLTableRowElement>): boolean {
  const target = event.target;
  // React bubbles events from portals (a row menu's content) through the row: ignore those.
  if (!(target instanceof Element) || !event.currentTarget.contains(target)) return false;
  const interactive = target.closest(INTERACTIVE);
  if (interactive && event.currentTarget.contains(interactive)) return false;
  // Selecting text to copy an id or an email is not a request to open the row.
  return !window.getSelection()?.toString();
}

export interface DataTableRowProps<TData extends RowData> {
  row: Row<DataTableFeatures, TData>;
  onOpen?: (row: TData) => void;
}

/**
 * One body row. With `onOpen` it is focusable (Tab), opens on click or Enter, and Arrow Up/Down move
 * to the neighbouring row. Modified clicks are left to links (open in new tab).
 */
export function DataTableRow<TData extends RowData>({ row, onOpen }: DataTableRowProps<TData>) {
  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (isOwnClick(event)) onOpen?.(row.original);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter") {
      event.preventDefault();
      onOpen?.(row.original);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const sibling =
        event.key === "ArrowDown"
          ? event.currentTarget.nextElementSibling
          : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) {
        event.preventDefault();
        sibling.focus();
      }
    }
  };

  return (
    <TableRow
      data-slot="data-table-row"
      tabIndex={onOpen ? 0 : undefined}
      onClick={onOpen ? handleClick : undefined}
      onKeyDown={onOpen ? handleKeyDown : undefined}
      className={cn(
        "hover:bg-muted/50",
        onOpen &&
          "focus-visible:bg-muted/50 cursor-pointer focus-visible:outline-2 focus-visible:-outline-offset-2",
      )}
    >
      {row.getAllCells().map((cell) => (
        <TableCell
          key={cell.id}
          className={columnClassName(cell.column.columnDef.meta, "h-11 whitespace-nowrap")}
        >
          <FlexRender cell={cell} />
        </TableCell>
      ))}
    </TableRow>
  );
}
