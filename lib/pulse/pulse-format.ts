// The pulse's words and numbers, the same on the server and in the browser.

/** "5,000" — or "5,000+" when the walk stopped at its cap with records left. */
export function formatCount(count: number, capped = false): string {
  return `${count.toLocaleString("en-US")}${capped ? "+" : ""}`;
}

export interface AsOfOptions {
  /** The operator's zone; without one the time is shown in UTC and says so. */
  timeZone?: string;
  locale?: string;
  /** "Now" (ISO): the day is named only when the snapshot is from another day than this. */
  now?: string;
}

/** "as of 09:14", "as of 09:14 UTC", or "as of Dec 5, 23:58" for a snapshot from another day. */
export function formatAsOf(computedAt: string, options: AsOfOptions = {}): string {
  return `as of ${formatPulseTime(computedAt, options)}`;
}

/** "09:14", "09:14 UTC", or "Dec 5, 23:58" for a moment on another day than `now`. */
export function formatPulseTime(iso: string, options: AsOfOptions = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return "—";
  const timeZone = options.timeZone ?? "UTC";
  const locale = options.locale ?? "en-US";
  const time = new Intl.DateTimeFormat("en-US", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(at);
  const dayFormat = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone });
  const now = options.now === undefined ? Number.NaN : Date.parse(options.now);
  const sameDay = Number.isNaN(now) || dayFormat.format(now) === dayFormat.format(at);
  const zone = options.timeZone === undefined ? " UTC" : "";
  return sameDay ? `${time}${zone}` : `${dayFormat.format(at)}, ${time}${zone}`;
}
