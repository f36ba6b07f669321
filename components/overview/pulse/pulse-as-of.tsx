"use client";

import { useOperatorClock } from "@/components/data-table/date-cell";
import { formatPulseTime, type AsOfOptions } from "@/lib/pulse/pulse-format";

/**
 * "as of 09:14 · refreshing…": when the tile's figures were counted, in the operator's zone (in UTC,
 * saying so, until the browser's zone is known, as dates everywhere do), whether newer ones are on
 * their way, and — when the last count failed — that it failed and when, so a tile never just waits.
 */
export function PulseAsOf({
  computedAt,
  checkedAt,
  refreshing,
  stale,
  failedAt = null,
}: {
  computedAt: string | null;
  checkedAt: string;
  refreshing: boolean;
  stale: boolean;
  /** The last refresh failed then (after `computedAt`). */
  failedAt?: string | null;
}) {
  const clock = useOperatorClock();
  const options: AsOfOptions = clock
    ? { timeZone: clock.timeZone, locale: clock.locale, now: checkedAt }
    : { now: checkedAt };
  const failure = failedAt ? (
    <span className="text-amber-800 dark:text-amber-300" data-testid="pulse-count-failed">
      the count at{" "}
      <time dateTime={failedAt} suppressHydrationWarning>
        {formatPulseTime(failedAt, options)}
      </time>{" "}
      failed: Recharge did not answer
    </span>
  ) : null;
  const next = refreshing ? "refreshing…" : failure ? "trying again shortly" : stale ? "update due" : null;

  if (!computedAt) {
    return (
      <p className="text-muted-foreground text-xs" data-testid="pulse-as-of">
        {failure ? (
          <>
            Not counted yet: {failure} · {next}
          </>
        ) : refreshing ? (
          "Counting for the first time…"
        ) : (
          "Not counted yet"
        )}
      </p>
    );
  }
  return (
    <p className="text-muted-foreground text-xs" data-testid="pulse-as-of">
      <time dateTime={computedAt} suppressHydrationWarning>
        as of {formatPulseTime(computedAt, options)}
      </time>
      {failure ? <> · {failure}</> : null}
      {next ? ` · ${next}` : null}
    </p>
  );
}
