/** One reading of a batch's progress: when, and how many tasks had finished (either way). */
export interface ProgressSample {
  at: number;
  done: number;
}

/** Readings older than this do not count: the rate is the recent pace, not the average since start. */
export const RATE_WINDOW_MS = 15_000;

/**
 * Tasks per second over the recent readings and the seconds left at that pace; null until two
 * readings a moment apart show progress (a rate from one reading would be a guess).
 */
export function progressRate(
  samples: readonly ProgressSample[],
  total: number,
): { perSecond: number | null; etaSeconds: number | null } {
  const last = samples.at(-1);
  if (!last) return { perSecond: null, etaSeconds: null };
  const first = samples.find((sample) => sample.at >= last.at - RATE_WINDOW_MS) ?? last;
  const seconds = (last.at - first.at) / 1000;
  const done = last.done - first.done;
  if (seconds < 0.5 || done <= 0) return { perSecond: null, etaSeconds: null };
  const perSecond = done / seconds;
  return { perSecond, etaSeconds: Math.max(0, total - last.done) / perSecond };
}

/** Adds a reading, dropping those outside the window (the list stays small on long batches). */
export function addSample(samples: readonly ProgressSample[], sample: ProgressSample): ProgressSample[] {
  const previous = samples.at(-1);
  if (previous && previous.done === sample.done && previous.at === sample.at) return [...samples];
  return [...samples.filter((kept) => kept.at >= sample.at - RATE_WINDOW_MS), sample];
}

/** "about 2 min", "about 40 s", "a few seconds". */
export function formatEta(seconds: number): string {
  if (seconds < 5) return "a few seconds";
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min` : `about ${Math.round(minutes / 60)} h`;
}
