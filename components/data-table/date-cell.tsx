"use client";

import { useSyncExternalStore } from "react";
import { formatDate, formatDateTime, formatUtcExact, MISSING_VALUE, parseRechargeTime } from "./format";

interface OperatorClock {
  locale: string;
  timeZone: string;
}

let operatorClock: OperatorClock | null = null;

// A stable object: useSyncExternalStore compares snapshots by identity.
function getOperatorClock(): OperatorClock {
  if (!operatorClock) {
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    operatorClock = { locale, timeZone };
  }
  return operatorClock;
}

const getServerClock = (): OperatorClock | null => null;
const subscribe = () => () => {};

/**
 * The browser's locale and zone, or null while rendering on the server and hydrating. React renders
 * the server snapshot during hydration and then re-renders with the real one, so the HTML matches
 * and the text upgrades right after; on client-side navigations the local text renders at once.
 */
export function useOperatorClock(): OperatorClock | null {
  return useSyncExternalStore(subscribe, getOperatorClock, getServerClock);
}

export interface DateCellProps {
  /** A Recharge date ("2026-11-21") or timestamp ("2026-11-21T04:35:12+00:00"). */
  value: string | null | undefined;
  /** "datetime" (default) shows the time too; calendar dates always show as a day. */
  variant?: "date" | "datetime";
  className?: string;
}

/**
 * A date in the operator's locale and time zone, with the exact UTC value in `title` (hover) and
 * `dateTime` (machines). Before hydration it shows UTC in en-US, labelled "UTC" so it is never wrong.
 */
export function DateCell({ value, variant = "datetime", className }: DateCellProps) {
  const clock = useOperatorClock();
  const time = parseRechargeTime(value);
  if (!time) return <span className={className}>{value || MISSING_VALUE}</span>;

  const options = clock ? { locale: clock.locale, timeZone: clock.timeZone } : { showTimeZone: true };
  const text = variant === "date" ? formatDate(value, options) : formatDateTime(value, options);
  return (
    // The fallback text is deterministic, but suppressHydrationWarning covers ICU versions that
    // still format it differently; this element only, and the text is replaced right after anyway.
    <time dateTime={time.iso} title={formatUtcExact(value)} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
