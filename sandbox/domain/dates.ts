// Dates are `YYYY-MM-DD` strings and timestamps `YYYY-MM-DDTHH:MM:SS+00:00` strings. Both compare
// correctly as strings, which the sorted indexes rely on.

export type IntervalUnit = "day" | "week" | "month";

export const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A timestamp as Recharge prints it: second precision, explicit UTC offset. */
export function formatTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}

// A store holds only a few hundred distinct dates: share one string per day.
const dates = new Map<number, string>();

export function formatDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let text = dates.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size < 100_000) dates.set(day, text);
  }
  return text;
}

/** UTC midnight of a `YYYY-MM-DD` date, or null when it is not a real calendar date. */
export function parseDate(value: string): number | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatDate(ms) === value ? ms : null;
}

/**
 * Parses a filter value: a date or an ISO-8601 timestamp with or without offset (no offset = UTC).
 * A bare date used as an upper bound means the end of that day.
 */
export function parseTimestampInput(value: string, bound: "min" | "max"): string | null {
  const dateOnly = parseDate(value);
  if (dateOnly !== null) return formatTimestamp(bound === "max" ? dateOnly + DAY_MS - 1000 : dateOnly);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return null;
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  const ms = Date.parse(hasOffset ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : formatTimestamp(ms);
}

/** Adds `frequency` units to a date; months clamp to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addInterval(date: string, unit: IntervalUnit, frequency: number): string {
  const ms = parseDate(date);
  if (ms === null) throw new Error(`not a date: ${date}`);
  switch (unit) {
    case "day":
      return formatDate(ms + frequency * DAY_MS);
    case "week":
      return formatDate(ms + frequency * 7 * DAY_MS);
    case "month": {
      const start = new Date(ms);
      const targetMonth = start.getUTCMonth() + frequency;
      const lastDay = new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
      const day = Math.min(start.getUTCDate(), lastDay);
      return formatDate(Date.UTC(start.getUTCFullYear(), targetMonth, day));
    }
    default: {
      const exhaustive: never = unit;
      throw new Error(`unknown interval unit ${String(exhaustive)}`);
    }
  }
}

/** Today's date (UTC) for a clock reading. */
export function todayOf(nowMs: number): string {
  return formatDate(nowMs);
}
