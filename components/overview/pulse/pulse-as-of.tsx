"use client";

import { useOperatorClock } from "@/components/data-table/date-cell";
import { formatAsOf } from "@/lib/pulse/pulse-format";

/**
 * "as of 09:14 · refreshing…": when the tile's figures were counted, in the operator's zone (in UTC,
 * saying so, until the browser's zone is known, as dates everywhere do), and whether newer ones are
 * on their way.
 */
export function PulseAsOf({
  computedAt,
  checkedAt,
  refreshing,
  stale,
}: {
  computedAt: string | null;
  checkedAt: string;
  refreshing: boolean;
  stale: boolean;
}) {
  const clock = useOperatorClock();
  const state = refreshing ? "refreshing…" : stale ? "update due" : null;
  if (!computedAt) {
    return (
      <p className="text-muted-foreground text-xs" data-testid="pulse-as-of">
        {refreshing ? "Counting for the first time…" : "Not counted yet"}
      </p>
    );
  }
  const text = formatAsOf(
    computedAt,
    clock ? { timeZone: clock.timeZone, locale: clock.locale, now: checkedAt } : { now: checkedAt },
  );
  return (
    <p className="text-muted-foreground text-xs" data-testid="pulse-as-of">
      <time dateTime={computedAt} suppressHydrationWarning>
        {text}
      </time>
      {state ? ` · ${state}` : null}
    </p>
  );
}
