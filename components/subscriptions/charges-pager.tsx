"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { positionHint } from "@/components/data-table/cursor-pagination";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

export interface ChargesPagerProps {
  /** Names this pager's landmark; a detail page holds several lists, so "Pagination" alone is ambiguous. */
  label: string;
  firstRowIndex: number;
  rowCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  isPlaceholderData: boolean;
  onPreviousPage: () => void;
  onNextPage: () => void;
  className?: string;
}

/**
 * Previous / Next for a list embedded in a detail page: `CursorPagination` without the page-size
 * select, and with its own landmark name. Nothing is drawn while a single page holds every row.
 */
export function ChargesPager({
  label,
  firstRowIndex,
  rowCount,
  hasPreviousPage,
  hasNextPage,
  isPlaceholderData,
  onPreviousPage,
  onNextPage,
  className,
}: ChargesPagerProps) {
  if (!hasPreviousPage && !hasNextPage) return null;
  const waiting = isPlaceholderData || undefined;
  return (
    <nav aria-label={label} className={cn("flex flex-wrap items-center justify-between gap-3", className)}>
      <p aria-live="polite" className="text-muted-foreground min-h-5 text-sm tabular-nums">
        {positionHint(firstRowIndex, rowCount)}
      </p>
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
    </nav>
  );
}
