"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useCan } from "@/components/auth/operator-context";
import { DateCell } from "@/components/data-table/date-cell";
import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { PageHeader } from "@/components/layout/page-header";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { batchPollInterval, terminalBatchStatuses } from "@/lib/batches/poll-interval";
import { batchTypeNames } from "@/lib/batches/types/batch-type-names";
import { ApiClientError, getErrorMessage } from "@/lib/queries/api-error";
import { batchKeys, batchQueries } from "@/lib/queries/batches";
import { discountQueries } from "@/lib/queries/discounts";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import Link from "next/link";
import { BatchNotFound } from "./batch-not-found";
import { BatchProgress } from "./batch-progress";
import { BatchStatusBadge } from "./batch-status-badge";
import { BatchTasksTable } from "./batch-tasks-table";
import { FailedRowsActions } from "./failed-rows-actions";
import { StartBatchButton } from "./start-batch-button";

/**
 * One batch, live: read every 1 s at first, backing off to 5 s, paused while the tab is hidden
 * (react-query's default) and stopped once it has finished. Each read is a short request: nothing
 * is held open while Recharge works.
 */
export function BatchDetail({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const canWrite = useCan("batches:write");
  const query = useQuery({
    ...batchQueries.detail(id),
    refetchInterval: (current) =>
      batchPollInterval(current.state.data?.status, current.state.dataUpdateCount),
  });
  const batch = query.data;
  const finished = batch ? terminalBatchStatuses.includes(batch.status) : false;

  // When it finishes: its task results are final, and the discounts it touched have changed.
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: batchKeys.tasks(id) });
    void queryClient.invalidateQueries({ queryKey: discountQueries.keys.all });
    void queryClient.invalidateQueries({ queryKey: batchQueries.keys.lists() });
  }, [finished, id, queryClient]);

  // A failed poll keeps the last reading on screen (with a notice); only a first read that fails replaces it.
  if (!batch && query.isError) {
    if (query.error instanceof ApiClientError && query.error.status === 404) return <BatchNotFound id={id} />;
    return (
      <QueryErrorPanel
        title={`Batch #${id}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (!batch) return <Skeleton className="h-48 w-full" />;

  const names = batchTypeNames[batch.batch_type as SubmittableBatchType];
  const waiting = batch.status === "not_started" && batch.upload !== null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            Batch #{batch.id} <BatchStatusBadge status={batch.status} />
          </span>
        }
        description={names?.label ?? batch.batch_type}
      />
      {waiting ? (
        <div
          role="status"
          data-testid="batch-waiting"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          <p className="font-medium">Waiting for a place in Recharge&apos;s queue.</p>
          <p>
            Recharge runs at most two batches per store at a time (one processing, one waiting). This batch is
            saved with all {batch.total_task_count.toLocaleString("en-US")} row
            {batch.total_task_count === 1 ? "" : "s"} and is ready: start it when one of the others finishes.
          </p>
          {canWrite ? <StartBatchButton batch={batch} /> : null}
        </div>
      ) : null}
      <DetailSection title="Progress">
        {query.isError ? (
          <p
            role="status"
            data-testid="batch-stale"
            className="mb-3 text-sm text-amber-800 dark:text-amber-200"
          >
            Could not refresh: {getErrorMessage(query.error)} Showing the reading of{" "}
            {new Date(query.dataUpdatedAt).toLocaleTimeString()}; trying again.
          </p>
        ) : null}
        <BatchProgress batch={batch} readAt={query.dataUpdatedAt} />
      </DetailSection>
      <DetailSection title="Upload">
        <DescriptionList
          items={[
            { label: "Type", value: batch.batch_type },
            { label: "File", value: batch.upload?.file_name ?? "—" },
            {
              label: "Uploaded by",
              value: batch.upload?.created_by ?? "— (not uploaded from the dashboard)",
            },
            { label: "Created", value: <DateCell value={batch.created_at} /> },
            { label: "Started", value: <DateCell value={batch.submitted_at} /> },
            { label: "Finished", value: <DateCell value={batch.closed_at} /> },
            {
              label: "Retry of",
              value: batch.upload?.retry_of ? (
                <Link className="underline underline-offset-2" href={`/batches/${batch.upload.retry_of}`}>
                  Batch #{batch.upload.retry_of}
                </Link>
              ) : (
                "—"
              ),
            },
          ]}
        />
      </DetailSection>
      {finished && batch.fail_task_count > 0 ? (
        <DetailSection title="Failed rows">
          <FailedRowsActions
            batchId={id}
            failedCount={batch.fail_task_count}
            canRetry={canWrite && names !== undefined}
          />
        </DetailSection>
      ) : null}
      <DetailSection title="Tasks">
        <BatchTasksTable batchId={id} batchType={batch.batch_type} taskCount={batch.total_task_count} />
      </DetailSection>
    </div>
  );
}
