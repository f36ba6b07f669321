// Recharge's dates and timestamps, read once for every place that shows or exports them: the tables
// (components/data-table/format.ts) and the CSV export (UTC ISO 8601). Pure and browser-safe.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/;

export type RechargeTime =
  /** A calendar day (`scheduled_at: "2026-11-21"`): has no zone, so it is always shown as that day. */
  | { kind: "date"; ms: number; iso: string }
  /** An instant; Recharge timestamps without an offset are UTC. */
  | { kind: "timestamp"; ms: number; iso: string };

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Reads a Recharge date or timestamp; null for anything else (including impossible days like Feb 30). */
export function parseRechargeTime(value: string | null | undefined): RechargeTime | null {
  if (!value) return null;
  const date = DATE_ONLY.exec(value);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return isoDay(ms) === value ? { kind: "date", ms, iso: value } : null;
  }
  const stamp = TIMESTAMP.exec(value);
  if (!stamp) return null;
  const [, day = "", time = "", offset = "Z"] = stamp;
  // Date.parse wants "+05:00"; Recharge may send "+05" or "+0500".
  const zone = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(3).replace(":", "") || "00"}`;
  const ms = Date.parse(`${day}T${time}${zone}`);
  if (Number.isNaN(ms) || isoDay(Date.parse(`${day}T00:00:00Z`)) !== day) return null;
  return { kind: "timestamp", ms, iso: new Date(ms).toISOString() };
}
