import type { UseQueryResult } from "@tanstack/react-query";
import { getErrorMessage } from "@/lib/queries/api-error";
import type { DataTableError } from "./data-table-states";

/**
 * A react-query result as the DataTable's state props: skeleton while nothing is cached, previous
 * rows dimmed while the next page loads, and a failed read with the server's message and Retry.
 */
export function queryTableState(query: UseQueryResult<unknown>): {
  isLoading: boolean;
  isPlaceholderData: boolean;
  error: DataTableError | null;
} {
  return {
    isLoading: query.isPending,
    isPlaceholderData: query.isPlaceholderData,
    error: query.isError
      ? {
          message: getErrorMessage(query.error),
          onRetry: () => void query.refetch(),
          isRetrying: query.isFetching,
        }
      : null,
  };
}
