import "server-only";
import { RechargeError } from "@/lib/recharge/recharge-error";
import { ApiError } from "./errors";

/**
 * Recharge queues at most two batches per store (one processing, one waiting); starting a third is
 * refused with a 422 naming `async_batch` (recharge-api.md §6). That is not bad input: the batch is
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
