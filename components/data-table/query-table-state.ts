import type { UseQueryResult } from "@tanstack/react-query";
import { getErrorMessage } from "@/lib/queries/api-error";
import type { DataTableError, DataTableRefreshError } from "./data-table-states";

/**
 * A react-query result as the DataTable's state props: skeleton while nothing is cached, previous
 * rows dimmed while the next page loads, a failed read with the server's message and Retry, and a
 * failed *re*-read (a live update's refresh) as a notice above the rows it keeps.
 */
export function queryTableState(query: UseQueryResult<unknown>): {
  isLoading: boolean;
  isPlaceholderData: boolean;
  error: DataTableError | null;
  refreshError: DataTableRefreshError | null;
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
  };
}
