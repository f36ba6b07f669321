// Formatters shared by every resource table. Defaults are deterministic (en-US, UTC) so server and
// browser render the same text; <DateCell> switches to the operator's locale and zone after hydration.
import { parseRechargeTime } from "@/lib/utils/recharge-time";

export { parseRechargeTime, type RechargeTime } from "@/lib/utils/recharge-time";

export const DEFAULT_LOCALE = "en-US";
export const DEFAULT_TIME_ZONE = "UTC";
/** Shown for null money and dates, so an empty cell never looks like a rendering failure. */
export const MISSING_VALUE = "—";

const DECIMAL = /^-?\d+(\.\d+)?$/;

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    // "negative": a zero that Recharge prints as "-0.00" must not show a minus sign.
    format = new Intl.NumberFormat(locale, { style: "currency", currency, signDisplay: "negative" });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * Formats a Recharge decimal string ("29.20", "-5.00") in its currency. The string goes to Intl as
 * is, never through a float, so large or long amounts keep every digit and round half-up exactly.
 * Unparseable input (or an unknown currency) is shown raw rather than hidden; without a currency the
 * bare amount is shown, never a guessed currency.
 */
export function formatMoney(
  amount: string | null | undefined,
  currency: string | null | undefined,
  locale = DEFAULT_LOCALE,
): string {
  if (amount === null || amount === undefined || amount.trim() === "") return MISSING_VALUE;
  const text = amount.trim();
  if (!currency) return text;
  if (!DECIMAL.test(text)) return `${text} ${currency}`;
  try {
    return moneyFormat(currency.toUpperCase(), locale).format(text as `${number}`);
  } catch {
    return `${text} ${currency}`;
  }
}

export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
  /** Append the zone's short name ("UTC", "EST"); used while rendering the zone-less fallback. */
  showTimeZone?: boolean;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Building a DateTimeFormat is far slower than using one, and a page can hold 250 rows of dates.
function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

// Newer ICU puts U+202F (narrow no-break space) before "AM"; older ICU and some browsers a plain
// space. Normalising keeps server and browser text identical whatever ICU each one ships.
const tidy = (text: string): string => text.replace(/\u202f/g, " ");

/** A day: "Nov 21, 2026". Calendar dates ignore `timeZone`; timestamps show their day in it. */
export function formatDate(value: string | null | undefined, options: TimeFormatOptions = {}): string {
  const time = parseRechargeTime(value);
  if (!time) return value ? value : MISSING_VALUE;
  const timeZone = time.kind === "date" ? "UTC" : (options.timeZone ?? DEFAULT_TIME_ZONE);
  return tidy(
    dateTimeFormat({ dateStyle: "medium", timeZone }, options.locale ?? DEFAULT_LOCALE).format(time.ms),
  );
}

/** An instant: "Nov 21, 2026, 4:35 AM". A calendar date falls back to `formatDate`. */
export function formatDateTime(value: string | null | undefined, options: TimeFormatOptions = {}): string {
  const time = parseRechargeTime(value);
  if (!time) return value ? value : MISSING_VALUE;
  if (time.kind === "date") return formatDate(value, options);
  const format: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    ...(options.showTimeZone ? { timeZoneName: "short" } : {}),
  };
  return tidy(dateTimeFormat(format, options.locale ?? DEFAULT_LOCALE).format(time.ms));
}

/** The exact value for a tooltip: "2026-11-21 04:35:12 UTC", or "2026-11-21" for a calendar date. */
export function formatUtcExact(value: string | null | undefined): string {
  const time = parseRechargeTime(value);
  if (!time) return value ?? "";
  if (time.kind === "date") return time.iso;
  return `${time.iso.slice(0, 10)} ${time.iso.slice(11, 19)} UTC`;
}

/** "Yes" / "No"; "—" when Recharge left the flag out, which is not the same as "No". */
export function formatYesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return MISSING_VALUE;
  return value ? "Yes" : "No";
}
