import { dayBuckets } from "./day-buckets";
import { dayOf, isInWindow, type DayWindow } from "./pulse-days";
import {
  PULSE_FIGURES_VERSION,
  type CancellationFigures,
  type ReasonCount,
  type WalkFacts,
} from "./pulse-figures";

/** The fields of a Recharge subscription the cancellations tile reads. */
export interface PulseSubscription {
  id: number;
  status: string;
  cancelled_at?: string | null;
  cancellation_reason?: string | null;
}

export const TOP_REASONS = 3;

/**
 * The walk brings the cancelled subscriptions updated in the window (Recharge cannot filter on
 * cancelled_at); only those cancelled in it are counted, by the day they were cancelled, with the
 * three most given reasons (ties in alphabetical order; no reason is its own entry, `null`).
 */
export function cancellationFigures(
  subscriptions: readonly PulseSubscription[],
  window: DayWindow,
  walk: WalkFacts,
): CancellationFigures {
  const cancelled = subscriptions.filter((subscription) =>
    isInWindow(dayOf(subscription.cancelled_at), window),
  );
  return {
    tile: "cancellations",
    version: PULSE_FIGURES_VERSION,
    window,
    ...walk,
    count: cancelled.length,
    topReasons: topReasons(cancelled),
    days: dayBuckets(cancelled, window, (subscription) => dayOf(subscription.cancelled_at)),
  };
}

function topReasons(subscriptions: readonly PulseSubscription[]): ReasonCount[] {
  const counts = new Map<string | null, number>();
  for (const { cancellation_reason } of subscriptions) {
    const reason = cancellation_reason?.trim() || null;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || byText(a.reason ?? "", b.reason ?? ""))
    .slice(0, TOP_REASONS);
}

/** Code-point order: the same on every server, whatever its locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
