"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { toCsv } from "@/lib/batches/csv/write-csv";
import { batchQueries, failedRowsQuery } from "@/lib/queries/batches";
import { submittableBatchTypes, type SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import { NewBatchFlow, type RetrySource } from "./new-batch-flow";

/** /batches/new, fresh or retrying another batch's failed rows (`?retry=<id>`). */
export function NewBatchPage({ retryOf }: { retryOf: string | null }) {
  if (!retryOf) return <NewBatchFlow />;
  return <RetryBatchFlow batchId={retryOf} />;
}

function RetryBatchFlow({ batchId }: { batchId: string }) {
  const batch = useQuery(batchQueries.detail(batchId));
  const failed = useQuery(failedRowsQuery(batchId));
  const retry = useMemo<RetrySource | null>(() => {
    if (!batch.data || !failed.data) return null;
    const batchType = batch.data.batch_type as SubmittableBatchType;
    if (!submittableBatchTypes.includes(batchType)) return null;
    return {
      batchId,
      batchType,
      csv: toCsv(
        failed.data.columns,
        failed.data.rows.map((row) => row.cells),
      ),
    };
  }, [batch.data, failed.data, batchId]);

  const error = batch.error ?? failed.error;
  if (error) {
    return (
      <QueryErrorPanel
        title={`The failed rows of batch #${batchId} could not be read`}
        error={error}
        onRetry={() => void Promise.all([batch.refetch(), failed.refetch()])}
        isRetrying={batch.isFetching || failed.isFetching}
      />
    );
  }
  if (!retry) {
    return (
      <p role="status" className="text-sm">
        {batch.data && failed.data
          ? `Batch #${batchId} cannot be retried from here.`
          : "Collecting the failed rows…"}
      </p>
    );
  }
  if (failed.data?.rows.length === 0) return <p className="text-sm">Batch #{batchId} has no failed rows.</p>;
  return <NewBatchFlow retry={retry} />;
}
