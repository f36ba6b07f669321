import type { UseQueryResult } from "@tanstack/react-query";
import { getErrorMessage } from "@/lib/queries/api-error";
import type { UnreadableRecords } from "@/lib/queries/list-page";
import type { DataTableError, DataTableRefreshError } from "./data-table-states";

/**
 * A react-query result as the DataTable's state props: skeleton while nothing is cached, previous
 * rows dimmed while the next page loads, a failed read with the server's message and Retry, a
 * failed *re*-read (a live update's refresh) as a notice above the rows it keeps, and the records
 * the server could not read (a list page's `unreadable`) as a note above the rows it shows.
 */
export function queryTableState<Data>(query: UseQueryResult<Data>): {
  isLoading: boolean;
  isPlaceholderData: boolean;
  error: DataTableError | null;
  refreshError: DataTableRefreshError | null;
  unreadable: UnreadableRecords | null;
} {
  const failed = query.isError
    ? {
        message: getErrorMessage(query.error),
        onRetry: () => void query.refetch(),
        isRetrying: query.isFetching,
      }
    : null;
  // react-query keeps the last good data when a refetch fails (placeholder rows are dropped).
  const hasRows = query.data !== undefined;
  return {
    isLoading: query.isPending,
    isPlaceholderData: query.isPlaceholderData,
    error: failed && !hasRows ? failed : null,
    refreshError: failed && hasRows ? { ...failed, readAt: query.dataUpdatedAt } : null,
    unreadable: unreadableOf(query.data),
  };
}

/** A list page's `unreadable` (ListPage); null for anything else, e.g. a page whose records all read. */
export function unreadableOf(page: unknown): UnreadableRecords | null {
  if (typeof page !== "object" || page === null || !("unreadable" in page)) return null;
  const { unreadable } = page;
  if (typeof unreadable !== "object" || unreadable === null) return null;
  const count = "count" in unreadable ? unreadable.count : undefined;
  const requestId = "requestId" in unreadable ? unreadable.requestId : undefined;
  if (typeof count !== "number" || count < 1) return null;
  return { count, requestId: typeof requestId === "string" ? requestId : null };
}
