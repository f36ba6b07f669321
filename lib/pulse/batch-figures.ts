// The batches tile: the uploads the batch pages list, running ("processing") or waiting to start
// ("not_started", kept whole while Recharge's two-batch queue was full), with their progress.
import { parseRechargeTime } from "@/lib/utils/recharge-time";

/** The fields of a batch as `GET /api/batches` shows it (Recharge's async batch + our upload record). */
export interface PulseBatch {
  id: number;
  batch_type: string;
  status: string;
  submitted_at: string | null;
  total_task_count: number;
  success_task_count: number;
  fail_task_count: number;
  file_name: string | null;
}

export interface BatchLine {
  id: number;
  batchType: string;
  fileName: string | null;
  done: number;
  failed: number;
  total: number;
  /** Seconds left at the batch's average pace since it was submitted; null until it has one. */
  etaSeconds: number | null;
}

export interface BatchFigures {
  running: BatchLine[];
  waiting: BatchLine[];
}

/** Below this much time since submission, a pace would be a guess. */
const MIN_ELAPSED_MS = 1000;

/**
 * Running and waiting batches, oldest first (Recharge runs them in that order). The batch page
 * measures its pace over its own polls (lib/batches/progress-rate.ts); the overview reads each
 * batch once per refresh, so its time left is at the average pace since submission.
 */
export function batchFigures(batches: readonly PulseBatch[], now: number): BatchFigures {
  const lines = (status: string) =>
    batches
      .filter((batch) => batch.status === status)
      .sort((a, b) => a.id - b.id)
      .map((batch) => batchLine(batch, now));
  return { running: lines("processing"), waiting: lines("not_started") };
}

function batchLine(batch: PulseBatch, now: number): BatchLine {
  const done = batch.success_task_count + batch.fail_task_count;
  const total = batch.total_task_count;
  return {
    id: batch.id,
    batchType: batch.batch_type,
    fileName: batch.file_name,
    done,
    failed: batch.fail_task_count,
    total,
    etaSeconds: batch.status === "processing" ? averagePaceEta(batch.submitted_at, done, total, now) : null,
  };
}

function averagePaceEta(submittedAt: string | null, done: number, total: number, now: number) {
  const submitted = parseRechargeTime(submittedAt);
  if (!submitted || done <= 0) return null;
  const elapsed = now - submitted.ms;
  if (elapsed < MIN_ELAPSED_MS) return null;
  return Math.max(0, total - done) / (done / (elapsed / 1000));
}
