import "server-only";
import { toBatchView, type BatchView } from "@/lib/api/batch-view";
import { ApiError } from "@/lib/api/errors";
import { toApiError } from "@/lib/api/upstream-error";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import type { CheckedBatchSubmission } from "@/lib/batches/batch-submission-check";
import { insertBatchUpload, type BatchUploadSummary } from "@/lib/db/batch-uploads";
import { getDb } from "@/lib/db/client";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { RechargeError } from "@/lib/recharge/recharge-error";
import type { UpstreamResult } from "@/lib/recharge/transport/types";
import { chunkTasks } from "@/lib/schemas/batch-submission";
import { tasksDigest } from "./batch-digest";
import { isBatchQueueFull, isBatchQueueFullNow } from "./batch-queue";

/**
 * Creates a batch, adds its tasks in order in requests of ≤ 1,000, records the upload, then starts
 * it. A batch that is created but not started does nothing in Recharge, so a failure before the
 * upload is recorded is reported with the batch's id and can be retried as a new batch. When
 * Recharge's queue is full the batch stays `not_started`, whole and recorded, ready to start later.
 */
export async function submitBatch(
  input: CheckedBatchSubmission,
  operator: SessionOperator,
  onCreated: (batchId: string) => void,
): Promise<UpstreamResult<BatchView>> {
  const client = getRechargeClient();
  const created = await client.asyncBatches.create({ batch_type: input.batch_type });
  const batchId = created.data.id;
  onCreated(String(batchId));

  const taskIds: number[] = [];
  let upload: BatchUploadSummary;
  try {
    for (const chunk of chunkTasks(input.tasks)) {
      const added = await client.asyncBatches.addTasks(batchId, { tasks: chunk });
      taskIds.push(...(added.data.async_batch_tasks ?? []).map((task) => task.id));
    }
    upload = await recordUpload(input, operator, String(batchId), taskIds);
  } catch (error) {
    const cause = error instanceof RechargeError ? toApiError(error) : new ApiError("upstream_unavailable");
    throw new ApiError(
      cause.code,
      `Batch ${batchId} was created but not started: adding rows failed after ${Math.min(taskIds.length, input.tasks.length)} of ${input.tasks.length} (${cause.message}). Nothing was changed; submit again.`,
      cause.fields,
      cause.requestId,
    );
  }

  const keepWaiting = async () => {
    const waiting = await client.asyncBatches.get(batchId);
    return { data: toBatchView(waiting, upload), meta: created.meta };
  };
  if (await isBatchQueueFullNow()) return keepWaiting();
  try {
    const processed = await client.asyncBatches.process(batchId);
    return { data: toBatchView(processed.data, upload), meta: processed.meta };
  } catch (error) {
    if (!isBatchQueueFull(error)) throw error;
    return keepWaiting();
  }
}

async function recordUpload(
  input: CheckedBatchSubmission,
  operator: SessionOperator,
  batchId: string,
  taskIds: number[],
): Promise<BatchUploadSummary> {
  // API callers send no file: nothing to keep beyond the count (failed rows are then the task bodies).
  const source = input.source ?? { file_name: null, columns: [], rows: [] };
  const record = {
    batchId,
    batchType: input.batch_type,
    createdBy: operator.email,
    fileName: source.file_name,
    columns: source.columns,
    rows: source.rows,
    taskIds: taskIds.length === input.tasks.length ? taskIds : [],
    rowCount: input.tasks.length,
    retryOf: input.retry_of ?? null,
    // The bodies exactly as sent (each parsed by its type's schema on the way in).
    taskBodies: input.tasks.map((task) => task.body),
    tasksSha256: tasksDigest(input.tasks),
  };
  await insertBatchUpload(await getDb(), record);
  return {
    id: batchId,
    batchId,
    batchType: record.batchType,
    createdBy: record.createdBy,
    createdAt: new Date().toISOString(),
    fileName: record.fileName,
    rowCount: record.rowCount,
    retryOf: record.retryOf,
    tasksSha256: record.tasksSha256,
  };
}
