"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { FlexRender, type RowData } from "@tanstack/react-table";
import { Table, TableBody, TableCaption, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { StaleNotice } from "@/components/layout/stale-notice";
import type { UnreadableRecords } from "@/lib/queries/list-page";
import { cn } from "@/lib/utils/cn";
import type { DataTableInstance } from "./data-table-features";
import { columnClassName } from "./data-table-cell-class";
import { DataTableRow } from "./data-table-row";
import {
  DataTableEmptyRow,
  DataTableErrorRow,
  DataTableSkeletonRows,
  type DataTableError,
  type DataTableRefreshError,
} from "./data-table-states";
import { UnreadableRecordsNote } from "./unreadable-records-note";

export interface DataTableProps<TData extends RowData> {
  /** From `useDataTable`: columns, rows and sort state. The table fetches nothing itself. */
  table: DataTableInstance<TData>;
  /** Accessible name of the table, read by screen readers (visually hidden), e.g. "Charges". */
  caption: string;
  /** Rows per page: the loading state draws this many skeleton rows. */
  pageSize: number;
  /** Nothing to show yet (react-query `isPending`): skeleton rows. */
  isLoading?: boolean;
  /** Rows are the previous page kept while the next loads (react-query `isPlaceholderData`). */
  isPlaceholderData?: boolean;
  /** A failed read: shown instead of rows, with Retry. Takes precedence over every other state. */
  error?: DataTableError | null;
  /** A failed re-read while rows are on screen: the rows stay, with a notice above them. */
  refreshError?: DataTableRefreshError | null;
  /** Records of this page the server could not read: the rows shown are not all, a note says so. */
  unreadable?: UnreadableRecords | null;
  /** Why there are no rows, naming the filter: "No charges with status “error”". */
  emptyMessage?: ReactNode;
  /** Offered in the empty state when filters are active. */
  onClearFilters?: () => void;
  /** Row activation (click, Enter). Without it rows are not focusable. */
  onRowOpen?: (row: TData) => void;
  /** Changes when the page changes (pass the cursor): the scroll area returns to the top. */
  pageKey?: string | null;
  toolbar?: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** Overrides the scroll area's height limit, which keeps the header sticky inside it. */
  scrollAreaClassName?: string;
}

/**
 * Presentational list table: renders whatever state it is given. Precedence: error → loading
 * (skeleton) → empty → rows. Previous-page rows shown as placeholders are dimmed and the table is
 * `aria-busy` until the new page arrives.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  pageSize,
  isLoading = false,
  isPlaceholderData = false,
  error = null,
  refreshError = null,
  unreadable = null,
  emptyMessage = "No rows.",
  onClearFilters,
  onRowOpen,
  pageKey,
  toolbar,
  footer,
  className,
  scrollAreaClassName,
}: DataTableProps<TData>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [pageKey]);

  const columns = table.getAllLeafColumns();
  const rows = table.getRowModel().rows;
  const dimmed = isPlaceholderData && !isLoading && !error;

  let body: ReactNode;
  if (error) body = <DataTableErrorRow colSpan={columns.length} error={error} />;
  else if (isLoading) body = <DataTableSkeletonRows columns={columns} rowCount={pageSize} />;
  else if (rows.length === 0)
    body = (
      <DataTableEmptyRow colSpan={columns.length} message={emptyMessage} onClearFilters={onClearFilters} />
    );
  else body = rows.map((row) => <DataTableRow key={row.id} row={row} onOpen={onRowOpen} />);

  return (
    <div data-slot="data-table" className={cn("flex min-w-0 flex-col gap-3", className)}>
      {toolbar}
      {refreshError ? (
        <StaleNotice
          subject="this list"
          message={refreshError.message}
          readAt={refreshError.readAt}
          onRefresh={refreshError.onRetry}
          refreshing={refreshError.isRetrying ?? false}
          testId="data-table-stale"
        />
      ) : null}
      {error || isLoading ? null : <UnreadableRecordsNote unreadable={unreadable} />}
      <div
        ref={scrollRef}
        // Rows that open nothing hold nothing focusable: the scroll area itself takes focus so a
        // keyboard can scroll it (axe: scrollable-region-focusable, WCAG 2.1.1).
        {...(onRowOpen ? {} : { tabIndex: 0, role: "region", "aria-label": caption })}
        className={cn(
          "bg-card relative max-h-[calc(100dvh-14rem)] overflow-auto rounded-lg border",
          scrollAreaClassName,
        )}
      >
        <Table aria-busy={isLoading || isPlaceholderData ? true : undefined}>
          <TableCaption className="sr-only">{caption}</TableCaption>
          <TableHeader className="bg-card sticky top-0 z-10 shadow-[inset_0_-1px_0_hsl(var(--border))] [&_tr]:border-0">
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <TableHead
                      key={header.id}
                      colSpan={header.colSpan > 1 ? header.colSpan : undefined}
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                      className={columnClassName(header.column.columnDef.meta)}
                    >
                      {header.isPlaceholder ? null : <FlexRender header={header} />}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody className={cn("transition-opacity", dimmed && "opacity-60")}>{body}</TableBody>
        </Table>
      </div>
      {footer}
    </div>
  );
}
