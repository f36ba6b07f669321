import "server-only";
import type { BatchUploadSummary } from "@/lib/db/batch-uploads";
import type { AsyncBatch } from "@/lib/recharge/schemas/async-batch";

/**
 * A batch as the dashboard shows it: Recharge's async batch, field names untouched, plus `upload`,
 * the dashboard's own record of it (who uploaded which file), or null for batches made elsewhere.
 */
export type BatchView = AsyncBatch & {
  upload: {
    created_by: string;
    created_at: string;
    file_name: string | null;
    row_count: number;
    retry_of: string | null;
    /** SHA-256 of the task bodies the dashboard sent (also in the audit record); null before it was kept. */
    tasks_sha256: string | null;
  } | null;
};

export function toBatchView(batch: AsyncBatch, upload: BatchUploadSummary | null): BatchView {
  return {
    ...batch,
    upload: upload && {
      created_by: upload.createdBy,
      created_at: upload.createdAt,
      file_name: upload.fileName,
      row_count: upload.rowCount,
      retry_of: upload.retryOf,
      tasks_sha256: upload.tasksSha256,
    },
  };
}

/** Our record of a batch Recharge no longer returns: its status is unknown, its counts are ours. */
export function unknownBatch(upload: BatchUploadSummary): AsyncBatch {
  return {
    id: Number(upload.batchId),
    batch_type: upload.batchType,
    status: "unknown",
    closed_at: null,
    created_at: upload.createdAt,
    submitted_at: null,
    updated_at: upload.createdAt,
    total_task_count: upload.rowCount,
    success_task_count: 0,
    fail_task_count: 0,
  };
}
