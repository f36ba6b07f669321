import "server-only";
import { taskErrorMessage as taskError } from "@/lib/batches/task-result";
import { findBatchUpload, type BatchUpload } from "@/lib/db/batch-uploads";
import { getDb } from "@/lib/db/client";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";

export interface FailedRows {
  /** The uploaded header (or the body's keys for batches made without a file). */
  columns: string[];
  rows: { task_id: number; cells: string[]; error: string }[];
}

const TASKS_PER_PAGE = 250;

/**
 * Every failed task of a batch as the row it came from, with Recharge's reason: what "Download failed
 * rows" writes and what "Retry failed rows" re-validates.
 */
export async function readFailedRows(batchId: number, signal: AbortSignal): Promise<FailedRows> {
  const failed = await allFailedTasks(batchId, signal);
  return failedRowsOf(await findBatchUpload(await getDb(), String(batchId)), failed);
}

/**
 * Rows come from our upload record by task position: the uploaded rows (checked on submit to be the
 * rows the bodies were made from), else the bodies we recorded sending. Only a batch we hold no
 * record of falls back to the bodies as Recharge reports them.
 */
export function failedRowsOf(upload: BatchUpload | null, failed: readonly AsyncBatchTask[]): FailedRows {
  const position = new Map(upload?.taskIds.map((taskId, index) => [taskId, index]) ?? []);
  const known = failed.every((task) => position.has(task.id));
  if (upload && known && upload.rows.length > 0) {
    return {
      columns: upload.columns,
      rows: failed.map((task) => ({
        task_id: task.id,
        cells: upload.rows[position.get(task.id)!] ?? [],
        error: taskError(task),
      })),
    };
  }
  const sent = upload?.taskBodies;
  const bodyOf = (task: AsyncBatchTask) =>
    (sent && known ? sent[position.get(task.id)!] : undefined) ?? task.body;
  const columns = [...new Set(failed.flatMap((task) => Object.keys(bodyOf(task))))];
  return {
    columns,
    rows: failed.map((task) => ({
      task_id: task.id,
      cells: columns.map((column) => cellOf(bodyOf(task)[column])),
      error: taskError(task),
    })),
  };
}

/**
 * Walks every task in order and keeps the failed ones (Recharge has no status filter for tasks). A
 * walk of up to 40 pages for a 10,000-row batch: bulk lane, so people's calls go first.
 */
async function allFailedTasks(batchId: number, signal: AbortSignal): Promise<AsyncBatchTask[]> {
  const client = getRechargeClient();
  const tasks: AsyncBatchTask[] = [];
  let page = await client.asyncBatches.listTasks(
    batchId,
    { limit: TASKS_PER_PAGE, sort_by: "id-asc" },
    { signal, lane: "bulk" },
  );
  tasks.push(...page.items.filter((task) => task.status === "failed"));
  while (page.nextCursor) {
    page = await client.asyncBatches.listTasks(
      batchId,
      { cursor: page.nextCursor, limit: TASKS_PER_PAGE },
      { signal, lane: "bulk" },
    );
    tasks.push(...page.items.filter((task) => task.status === "failed"));
  }
  return tasks;
}

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
