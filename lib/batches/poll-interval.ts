/** Batch statuses after which nothing changes any more. */
export const terminalBatchStatuses: readonly string[] = ["completed", "failed"];

const FIRST_MS = 1000;
const LAST_MS = 5000;
const GROWTH = 1.25;

/**
 * How long to wait before reading a batch again: 1 s at first, growing by a quarter each read up to
 * 5 s (a long batch does not need a request a second), and no more reads once it has finished.
 */
export function batchPollInterval(status: string | undefined, readsSoFar: number): number | false {
  if (status !== undefined && terminalBatchStatuses.includes(status)) return false;
  return Math.min(LAST_MS, Math.round(FIRST_MS * GROWTH ** Math.max(0, readsSoFar - 1)));
}
