// Money is held as integer cents internally and shown as 2-decimal strings, as Recharge does.

const MONEY_PATTERN = /^\d+(\.\d{1,2})?$/;

/** True for a non-negative amount with at most two decimals ("10", "10.5", "10.50"). */
export function isMoneyString(value: string): boolean {
  return MONEY_PATTERN.test(value);
}

/** "29.20" → 2920. The caller has checked the format. */
export function toCents(value: string): number {
  const [whole = "0", fraction = ""] = value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

// Prices repeat across many thousands of charges: one shared string per amount keeps scale 10 small.
const formatted = new Map<number, string>();
const CACHE_LIMIT = 1_000_000;

/** 2920 → "29.20". */
export function formatCents(cents: number): string {
  const whole = Math.round(cents);
  const cached = formatted.get(whole);
  if (cached !== undefined) return cached;
  const abs = Math.abs(whole);
  const text = `${whole < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  if (whole >= 0 && whole < CACHE_LIMIT) formatted.set(whole, text);
  return text;
}

/** Accepts a JSON number or numeric string with at most two decimals; null when it is neither. */
export function parseMoneyInput(value: unknown): number | null {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  return typeof text === "string" && isMoneyString(text.trim()) ? toCents(text.trim()) : null;
}
