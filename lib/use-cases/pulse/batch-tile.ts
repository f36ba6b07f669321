import "server-only";
import { unknownBatch } from "@/lib/api/batch-view";
import { listBatchUploads } from "@/lib/db/batch-uploads";
import type { Queryable } from "@/lib/db/types";
import { batchFigures, type BatchFigures, type PulseBatch } from "@/lib/pulse/batch-figures";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

/**
 * The newest uploads read: a batch waits or runs only shortly after it was uploaded, and Recharge
 * queues two at most, so an older one still unfinished is past the batch list's first page too.
 */
export const PULSE_BATCH_UPLOADS = 50;

/**
 * The batches tile, read live rather than snapshotted: a running batch moves every second and no
 * webhook says so until it ends (`async_batch/processed`), so a snapshot would be wrong between
 * refreshes, while this read is cheap: one query of our uploads and one Recharge call for their
 * statuses (none when nothing was ever uploaded), as the batches list reads them
 * (lib/use-cases/batch-list.ts). The call goes in the bulk lane: the overview polls it while a
 * batch runs, like the batch page's own progress polls.
 */
export async function readBatchTile(db: Queryable, now: Date, signal?: AbortSignal): Promise<BatchFigures> {
  const { rows } = await listBatchUploads(db, { limit: PULSE_BATCH_UPLOADS });
  if (rows.length === 0) return batchFigures([], now.getTime());
  const ids = rows.map((row) => Number(row.batchId));
  const { items } = await getRechargeClient().asyncBatches.list(
    { ids, limit: ids.length },
    { lane: "bulk", signal },
  );
  const byId = new Map(items.map((batch) => [String(batch.id), batch]));
  const batches: PulseBatch[] = rows.map((row) => ({
    ...(byId.get(row.batchId) ?? unknownBatch(row)),
    file_name: row.fileName,
  }));
  return batchFigures(batches, now.getTime());
}
