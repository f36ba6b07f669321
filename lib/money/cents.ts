// Recharge sends money as decimal strings ("29.20"). Sums and differences are done in integer
// cents so "29.20" − "9.10" is exactly "20.10", never 20.099999.

/** "29.2" → 2920; null when the text is not a decimal amount. */
export function toCents(amount: string | null | undefined): number | null {
  const match = /^(-)?(\d+)(?:\.(\d{1,2})\d*)?$/.exec((amount ?? "").trim());
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

/** 2010 → "20.10". */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, "0")}`;
}

/**
 * What can still be refunded: total_price − total_refunds, never below zero. No total_refunds means
 * nothing was refunded (the charge schema refuses a refunded charge without one).
 */
export function refundableAmount(totalPrice: string, totalRefunds: string | null | undefined): string {
  const total = toCents(totalPrice) ?? 0;
  const refunded = toCents(totalRefunds) ?? 0;
  return fromCents(Math.max(0, total - refunded));
}
