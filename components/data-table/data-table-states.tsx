import type { ReactNode } from "react";
import { CircleAlert, SearchX } from "lucide-react";
import { RetryButton } from "@/components/layout/retry-button";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils/cn";
import type { DataTableColumnMeta } from "./data-table-features";
import { columnClassName } from "./data-table-cell-class";

// Varied but deterministic widths: random ones would differ between server and browser.
const WIDTHS = ["w-24", "w-32", "w-20", "w-28", "w-16"] as const;

export interface SkeletonRowsProps {
  columns: ReadonlyArray<{ id: string; columnDef: { meta?: DataTableColumnMeta } }>;
  rowCount: number;
}

/** `rowCount` rows with one block per column, in the same cell box as real rows (no layout shift). */
export function DataTableSkeletonRows({ columns, rowCount }: SkeletonRowsProps) {
  return Array.from({ length: rowCount }, (_, rowIndex) => (
    <TableRow key={rowIndex} data-slot="data-table-skeleton-row">
      {columns.map((column, columnIndex) => {
        const align = column.columnDef.meta?.align;
        return (
          <TableCell
            key={column.id}
            className={columnClassName(column.columnDef.meta, "h-11 whitespace-nowrap")}
          >
            {rowIndex === 0 && columnIndex === 0 ? <span className="sr-only">Loading…</span> : null}
            <Skeleton
              className={cn(
                "h-5",
                WIDTHS[(rowIndex + columnIndex) % WIDTHS.length],
                align === "end" && "ml-auto",
              )}
            />
          </TableCell>
        );
      })}
    </TableRow>
  ));
}

function PanelRow({ colSpan, slot, children }: { colSpan: number; slot: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={colSpan} className="p-0">
        <div
          data-slot={slot}
          data-testid={slot}
          className="flex flex-col items-center gap-2 px-6 py-12 text-center"
        >
          {children}
        </div>
      </TableCell>
    </TableRow>
  );
}

export interface DataTableEmptyProps {
  colSpan: number;
  message: ReactNode;
  onClearFilters?: () => void;
}

export function DataTableEmptyRow({ colSpan, message, onClearFilters }: DataTableEmptyProps) {
  return (
    <PanelRow colSpan={colSpan} slot="data-table-empty">
      <SearchX aria-hidden="true" className="text-muted-foreground size-6" />
      <p className="text-sm font-medium">{message}</p>
      {onClearFilters ? (
        <Button variant="secondary" size="sm" onClick={onClearFilters} className="mt-1">
          Clear filters
        </Button>
      ) : null}
    </PanelRow>
  );
}

/** A failed read, as it arrived from the server. Never rendered as an empty table. */
export interface DataTableError {
  /** User-facing text, e.g. from `getErrorMessage(error)`. */
  message: string;
  onRetry: () => void;
  /** True while the retry is in flight (react-query `isFetching`). */
  isRetrying?: boolean;
}

/** A failed re-read of rows that are still on screen, and when those rows were read. */
export interface DataTableRefreshError extends DataTableError {
  readAt: number;
}

export function DataTableErrorRow({ colSpan, error }: { colSpan: number; error: DataTableError }) {
  // No role="alert": Next already owns one (its route announcer) and tests select panels by test id.
  return (
    <PanelRow colSpan={colSpan} slot="data-table-error">
      <CircleAlert aria-hidden="true" className="text-destructive size-6" />
      <p className="text-sm font-medium">This list could not be loaded.</p>
      <p className="text-muted-foreground max-w-prose text-sm break-words whitespace-normal">
        {error.message}
      </p>
      <RetryButton onRetry={error.onRetry} retrying={error.isRetrying ?? false} className="mt-1" />
    </PanelRow>
  );
}
