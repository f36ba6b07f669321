"use client";

import { useId } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/lib/utils/cn";
import { PAGE_SIZES, type PageSize } from "@/lib/list-url/list-url-state";

export interface CursorPaginationProps {
  /** Index of the page's first row (0-based); null when unknown. There is never a total. */
  firstRowIndex: number | null;
  /** Rows on the current page. */
  rowCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  /** The rows are the previous page kept while the next loads: both buttons wait. */
  isPlaceholderData?: boolean;
  onPreviousPage: () => void;
  onNextPage: () => void;
  /** Page size and its select; lists embedded in a detail page leave both out and show no select. */
  pageSize?: PageSize;
  onPageSizeChange?: (pageSize: PageSize) => void;
  /** Draw nothing while one page holds every row (embedded lists). */
  hideWhenSinglePage?: boolean;
  /** Names the navigation landmark; give each pager on a page its own ("Charge history pages"). */
  label?: string;
  className?: string;
}

/** "Rows 51–100"; "50 rows" when the position is unknown; nothing while there are no rows. */
export function positionHint(firstRowIndex: number | null, rowCount: number): string {
  if (rowCount <= 0) return "";
  if (firstRowIndex === null) return `${rowCount} ${rowCount === 1 ? "row" : "rows"}`;
  return `Rows ${firstRowIndex + 1}–${firstRowIndex + rowCount}`;
}

function toPageSize(value: string): PageSize | null {
  return PAGE_SIZES.find((size) => String(size) === value) ?? null;
}

/**
 * Previous / Next over cursors, a page-size select and a position hint (no "Page X of Y": cursor
 * APIs have no count). While a placeholder shows, its cursors belong to the page being left, so both
 * buttons are aria-disabled (not `disabled`, which would drop keyboard focus on every click).
 */
export function CursorPagination({
  firstRowIndex,
  rowCount,
  hasPreviousPage,
  hasNextPage,
  isPlaceholderData = false,
  onPreviousPage,
  onNextPage,
  pageSize,
  onPageSizeChange,
  label = "Pagination",
  hideWhenSinglePage = false,
  className,
}: CursorPaginationProps) {
  const pageSizeId = useId();
  const waiting = isPlaceholderData || undefined;
  if (hideWhenSinglePage && !hasPreviousPage && !hasNextPage) return null;

  return (
    <nav aria-label={label} className={cn("flex flex-wrap items-center justify-between gap-3", className)}>
      {/* Polite live region: screen readers hear the new position after Next/Previous. */}
      <p aria-live="polite" className="text-muted-foreground min-h-5 text-sm tabular-nums">
        {positionHint(firstRowIndex, rowCount)}
      </p>
      <div className="flex items-center gap-4">
        {pageSize && onPageSizeChange ? (
          <div className="flex items-center gap-2">
            <Label htmlFor={pageSizeId} className="text-muted-foreground font-normal whitespace-nowrap">
              Rows per page
            </Label>
            <NativeSelect
              id={pageSizeId}
              value={pageSize}
              onChange={(event) => {
                const size = toPageSize(event.target.value);
                if (size) onPageSizeChange(size);
              }}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="sm"
            aria-label="Previous page"
            disabled={!hasPreviousPage}
            aria-disabled={waiting}
            onClick={waiting ? undefined : onPreviousPage}
            className="aria-disabled:cursor-wait aria-disabled:opacity-50"
          >
            <ChevronLeft aria-hidden="true" className="size-4" />
            Previous
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-label="Next page"
            disabled={!hasNextPage}
            aria-disabled={waiting}
            onClick={waiting ? undefined : onNextPage}
            className="aria-disabled:cursor-wait aria-disabled:opacity-50"
          >
            Next
            <ChevronRight aria-hidden="true" className="size-4" />
          </Button>
        </div>
      </div>
    </nav>
  );
}
