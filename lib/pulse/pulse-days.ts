// The pulse counts UTC calendar days, as Recharge's date filters do once the client sends a bare day
// as `T00:00:00Z` … `T23:59:59Z` (lib/recharge/list-query-defaults.ts). Pure and browser-safe.
import { parseRechargeTime } from "@/lib/utils/recharge-time";

const DAY_MS = 86_400_000;

/** An inclusive range of UTC days, `YYYY-MM-DD`. */
export interface DayWindow {
  from: string;
  to: string;
}

/** The UTC day of an instant. */
export function utcDay(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  return utcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** "Last n days": the n days ending today, today included (last 7 = today−6 … today). */
export function lastDays(today: string, days: number): DayWindow {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** "Next n days": the n days starting today (next 14 = today … today+13). */
export function nextDays(today: string, days: number): DayWindow {
  return { from: today, to: addDays(today, days - 1) };
}

/** Every day of a window, in order. */
export function daysOf(window: DayWindow): string[] {
  const days: string[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The UTC day a Recharge date or timestamp falls on: a date is its own day, a timestamp (with or
 * without an offset) is read as an instant. Null for a value that is neither.
 */
export function dayOf(value: string | null | undefined): string | null {
  const time = parseRechargeTime(value);
  if (!time) return null;
  return time.kind === "date" ? time.iso : utcDay(time.ms);
}

export function isInWindow(day: string | null, window: DayWindow): day is string {
  return day !== null && day >= window.from && day <= window.to;
}
