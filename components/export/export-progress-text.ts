import { formatEta, progressRate, type ProgressSample } from "@/lib/batches/progress-rate";

const count = (value: number) => value.toLocaleString("en-US");

/**
 * The running export in words: rows so far, pages per second, time left. Recharge does not count a
 * list's matches, so without `expectedRows` the time left is an upper bound: the time to the cap.
 */
export function exportProgressText(progress: {
  rows: number;
  pages: number;
  samples: readonly ProgressSample[];
  maxRows: number | null;
  pageSize: number | null;
  expectedRows?: number;
}): { rows: string; pace: string; timeLeft: string } {
  const { rows, pages, samples, maxRows, pageSize, expectedRows } = progress;
  const rowsText = `${count(rows)} ${rows === 1 ? "row" : "rows"} · ${count(pages)} ${pages === 1 ? "page" : "pages"}`;
  if (!pageSize || !maxRows) return { rows: rowsText, pace: "Starting…", timeLeft: "" };
  const target = Math.min(expectedRows ?? maxRows, maxRows);
  const { perSecond, etaSeconds } = progressRate(samples, Math.ceil(target / pageSize));
  if (perSecond === null || etaSeconds === null)
    return { rows: rowsText, pace: "Measuring the pace…", timeLeft: "" };
  const pace = `${perSecond.toFixed(1)} pages/s`;
  const timeLeft =
    expectedRows !== undefined
      ? `${formatEta(etaSeconds)} left`
      : `at most ${formatEta(etaSeconds).replace(/^about /, "")} left (the ${count(maxRows)}-row cap)`;
  return { rows: rowsText, pace, timeLeft };
}
