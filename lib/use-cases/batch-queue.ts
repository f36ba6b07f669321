import "server-only";
import { ApiError } from "@/lib/api/errors";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { RechargeError } from "@/lib/recharge/recharge-error";

/** Recharge queues at most two batches per store: one processing, one waiting (recharge-api.md §6). */
export const BATCH_QUEUE_SIZE = 2;

/**
 * Whether Recharge's queue is full now, read from what Recharge documents: the store's batches and
 * their `status`. Batches list newest first and a queued batch is a recent one, so one page of 250 is
 * read (`status` is not a documented filter of `GET /async_batches`).
 */
export async function isBatchQueueFullNow(signal?: AbortSignal): Promise<boolean> {
  const page = await getRechargeClient().asyncBatches.list({ sort_by: "id-desc", limit: 250 }, { signal });
  return page.items.filter((batch) => batch.status === "processing").length >= BATCH_QUEUE_SIZE;
}

/**
 * Starting a batch can still race another one into the queue; the sandbox refuses a third with a 422
 * naming `async_batch` (its own choice: sandbox/README.md). That is not bad input: the batch is
 * whole and can start later.
 */
export function isBatchQueueFull(error: unknown): boolean {
  return error instanceof RechargeError && error.status === 422 && "async_batch" in error.fieldErrors;
}

export function batchQueueFullError(batchId: string): ApiError {
  return new ApiError(
    "conflict",
    `Recharge already has two batches queued (one running, one waiting). Batch ${batchId} is saved with all its rows and ready: start it when one of them finishes.`,
  );
}
