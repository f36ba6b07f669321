import "server-only";
import { z } from "zod";
import { toBatchView, unknownBatch, type BatchView } from "@/lib/api/batch-view";
import { keysetCursors, readKeysetRequest } from "@/lib/api/keyset-cursors";
import { listBatchUploads } from "@/lib/db/batch-uploads";
import { getDb } from "@/lib/db/client";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

/**
 * `GET /api/batches`: the batches uploaded from the dashboard, newest first, from our own records
 * (who uploaded which file), each with its live status and counts from one Recharge call per page.
 */
export async function listBatches(url: string, signal: AbortSignal) {
  const keyset = readKeysetRequest(url, z.strictObject({}));
  const { rows, hasMore } = await listBatchUploads(await getDb(), keyset.page);
  const ids = rows.map((row) => Number(row.batchId));
  const upstream =
    ids.length > 0
      ? (await getRechargeClient().asyncBatches.list({ ids, limit: ids.length }, { signal })).items
      : [];
  const byId = new Map(upstream.map((batch) => [String(batch.id), batch]));
  const data: BatchView[] = rows.map((row) => toBatchView(byId.get(row.batchId) ?? unknownBatch(row), row));
  return { data, ...keysetCursors(keyset, rows, hasMore) };
}
