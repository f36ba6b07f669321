import "server-only";
import { keysetPage, type KeysetPageRequest } from "./keyset-page";
import type { Queryable } from "./types";

/** The dashboard's record of a batch it submitted (migration 0003). */
export interface BatchUploadSummary {
  id: string;
  batchId: string;
  batchType: string;
  createdBy: string;
  createdAt: string;
  fileName: string | null;
  rowCount: number;
  retryOf: string | null;
  /** SHA-256 over the task bodies sent (canonical JSON of the array); null for older uploads. */
  tasksSha256: string | null;
}

export interface BatchUpload extends BatchUploadSummary {
  /** The uploaded header, in file order (empty when the tasks came without a file). */
  columns: string[];
  /** The uploaded cells of each submitted row, in task order. */
  rows: string[][];
  /** Recharge's task id of each row, same order. */
  taskIds: number[];
  /** Each task body as sent to Recharge, same order (migration 0007; null for older uploads). */
  taskBodies: Record<string, unknown>[] | null;
}

export interface NewBatchUpload {
  batchId: string;
  batchType: string;
  createdBy: string;
  fileName: string | null;
  columns: string[];
  rows: string[][];
  taskIds: number[];
  /** Tasks submitted: the rows when a file came with them. */
  rowCount: number;
  retryOf: string | null;
  taskBodies: Record<string, unknown>[];
  tasksSha256: string;
}

const summaryColumns = `id::text AS id, batch_id AS "batchId", batch_type AS "batchType", created_by AS "createdBy",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", file_name AS "fileName",
  row_count AS "rowCount", retry_of AS "retryOf", tasks_sha256 AS "tasksSha256"`;

export async function insertBatchUpload(db: Queryable, upload: NewBatchUpload): Promise<void> {
  await db.query(
    `INSERT INTO batch_uploads (batch_id, batch_type, created_by, file_name, columns, rows, task_ids, row_count,
       retry_of, task_bodies, tasks_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      upload.batchId,
      upload.batchType,
      upload.createdBy,
      upload.fileName,
      JSON.stringify(upload.columns),
      JSON.stringify(upload.rows),
      JSON.stringify(upload.taskIds),
      upload.rowCount,
      upload.retryOf,
      JSON.stringify(upload.taskBodies),
      upload.tasksSha256,
    ],
  );
}

export async function findBatchUploadSummary(
  db: Queryable,
  batchId: string,
): Promise<BatchUploadSummary | null> {
  const [row] = await db.query<BatchUploadSummary>(
    `SELECT ${summaryColumns} FROM batch_uploads WHERE batch_id = $1`,
    [batchId],
  );
  return row ?? null;
}

export async function findBatchUpload(db: Queryable, batchId: string): Promise<BatchUpload | null> {
  const [row] = await db.query<BatchUpload>(
    `SELECT ${summaryColumns}, columns, rows, task_ids AS "taskIds", task_bodies AS "taskBodies"
     FROM batch_uploads WHERE batch_id = $1`,
    [batchId],
  );
  return row ?? null;
}

/** One page of uploads, newest first. */
export function listBatchUploads(
  db: Queryable,
  page: KeysetPageRequest,
): Promise<{ rows: BatchUploadSummary[]; hasMore: boolean }> {
  return keysetPage<BatchUploadSummary>(db, { select: summaryColumns, table: "batch_uploads" }, page);
}
