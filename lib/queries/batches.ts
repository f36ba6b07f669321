import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { FailedRows } from "@/lib/use-cases/batch-failed-rows";
import type { BatchView } from "@/lib/api/batch-view";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";
import { fetchJson } from "./fetch-json";
import type { ListPage } from "./list-page";
import { resourceQueries } from "./resource-queries";

/** Batches uploaded from the dashboard (list and detail), keyed like every other resource. */
export const batchQueries = resourceQueries<BatchView>("batches");

export const batchKeys = {
  tasks: (batchId: string) => ["batches", "tasks", batchId] as const,
  failedRows: (batchId: string) => ["batches", "failed-rows", batchId] as const,
};

/** One cursor page of a batch's tasks: `status=failed` or `completed`, or all. */
export function batchTasksQuery(batchId: string) {
  return (queryString: string) =>
    queryOptions({
      queryKey: [...batchKeys.tasks(batchId), queryString] as const,
      queryFn: ({ signal }) =>
        fetchJson<ListPage<AsyncBatchTask>>(`/api/batches/${batchId}/tasks?${queryString}`, { signal }),
      placeholderData: keepPreviousData,
    });
}

/** Every failed task as the uploaded row it came from: read once the batch has finished. */
export function failedRowsQuery(batchId: string) {
  return queryOptions({
    queryKey: batchKeys.failedRows(batchId),
    queryFn: ({ signal }) =>
      fetchJson<{ data: FailedRows }>(`/api/batches/${batchId}/failed-rows`, { signal }).then(
        (body) => body.data,
      ),
    staleTime: Infinity,
  });
}
