import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { RechargeError } from "@/lib/recharge/recharge-error";
import type { AsyncBatch } from "@/lib/recharge/schemas/async-batch";
import type { UpstreamResult } from "@/lib/recharge/transport";
import { chunkTasks, type SubmittableBatchType } from "@/lib/schemas/batch-submission";
import { ApiError } from "./errors";
import { toApiError } from "./upstream-error";

/**
 * Creates a batch, adds its tasks in order in requests of ≤ 1,000, then starts it. A batch that is
 * created but not started does nothing in Recharge, so a failure before `process` is reported with
 * the batch's id and can be retried as a new batch; a failure of `process` itself keeps its own
 * (possibly unknown) outcome.
 */
export async function submitBatch(
  batchType: SubmittableBatchType,
  tasks: { body: Record<string, unknown> }[],
): Promise<UpstreamResult<AsyncBatch>> {
  const client = getRechargeClient();
  const created = await client.asyncBatches.create({ batch_type: batchType });
  const batchId = created.data.id;
  let added = 0;
  try {
    for (const chunk of chunkTasks(tasks)) {
      await client.asyncBatches.addTasks(batchId, { tasks: chunk });
      added += chunk.length;
    }
  } catch (error) {
    const cause = error instanceof RechargeError ? toApiError(error) : new ApiError("upstream_unavailable");
    throw new ApiError(
      cause.code,
      `Batch ${batchId} was created but not started: adding rows failed after ${added} of ${tasks.length} (${cause.message}). Nothing was changed; submit again.`,
      cause.fields,
      cause.requestId,
    );
  }
  return client.asyncBatches.process(batchId);
}
