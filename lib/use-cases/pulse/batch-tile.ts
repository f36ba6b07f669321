import "server-only";
import { unknownBatch } from "@/lib/api/batch-view";
import { listBatchUploads } from "@/lib/db/batch-uploads";
import type { Queryable } from "@/lib/db/types";
import { batchFigures, type BatchFigures, type PulseBatch } from "@/lib/pulse/batch-figures";
import type { AsyncBatch } from "@/lib/recharge/schemas/async-batch";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

/**
 * The newest uploads read: a batch waits or runs only shortly after it was uploaded, and Recharge
 * queues two at most, so an older one still unfinished is past the batch list's first page too.
 */
export const PULSE_BATCH_UPLOADS = 50;

/**
 * How long one read of the batches' statuses serves every overview on this instance. The overview
 * polls every 2 s while a tile's walk runs and every 5 s while a batch runs, once per open tab: without
 * this, ten operators watching would spend 2–5 of Recharge's 2 calls/s on the same answer, in the lane
 * the tiles' own walks are waiting in.
 */
export const BATCH_STATUS_SHARED_MS = 4_000;

export interface BatchTileRead {
  figures: BatchFigures;
  /** When Recharge gave these statuses (the tile's "as of"). */
  readAt: Date;
}

interface SharedRead {
  key: string;
  startedAt: number;
  read: Promise<{ items: AsyncBatch[]; readAt: Date }>;
}
let shared: SharedRead | null = null;

/**
 * The batches tile, read live rather than snapshotted: a running batch moves every second and no
 * webhook says so until it ends (`async_batch/processed`), so a snapshot would be wrong between
 * refreshes, while this read is cheap: one query of our uploads and one Recharge call for their
 * statuses (none when nothing was ever uploaded), as the batches list reads them
 * (lib/use-cases/batch-list.ts), shared by the readers of the next few seconds (BATCH_STATUS_SHARED_MS;
 * a new upload changes the ids asked for, so it is read at once). The call goes in the bulk lane.
 */
export async function readBatchTile(db: Queryable, now: Date): Promise<BatchTileRead> {
  const { rows } = await listBatchUploads(db, { limit: PULSE_BATCH_UPLOADS });
  if (rows.length === 0) return { figures: batchFigures([], now.getTime()), readAt: now };
  const ids = rows.map((row) => Number(row.batchId));
  const { items, readAt } = await batchStatuses(ids, now.getTime());
  const byId = new Map(items.map((batch) => [String(batch.id), batch]));
  const batches: PulseBatch[] = rows.map((row) => ({
    ...(byId.get(row.batchId) ?? unknownBatch(row)),
    file_name: row.fileName,
  }));
  return { figures: batchFigures(batches, readAt.getTime()), readAt };
}

/** One Recharge read of these batches per BATCH_STATUS_SHARED_MS on this instance; a failure is not kept. */
function batchStatuses(ids: number[], nowMs: number): SharedRead["read"] {
  const key = ids.join(",");
  if (shared && shared.key === key && nowMs - shared.startedAt < BATCH_STATUS_SHARED_MS) return shared.read;
  // No reader's signal: the read is shared, and one reader leaving must not fail the others'.
  const read = getRechargeClient()
    .asyncBatches.list({ ids, limit: ids.length }, { lane: "bulk" })
    .then(({ items }) => ({ items, readAt: new Date() }));
  const entry: SharedRead = { key, startedAt: nowMs, read };
  shared = entry;
  read.catch(() => {
    if (shared === entry) shared = null;
  });
  return read;
}
