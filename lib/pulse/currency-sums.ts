// Money in the pulse is summed per currency in integer cents (lib/money), never as floats, and kept
// as Recharge's own decimal strings: "18240.00".
import { fromCents, toCents } from "@/lib/money/cents";

/** One currency's sum: `{ currency: "USD", amount: "18240.00" }`. */
export interface CurrencyAmount {
  currency: string;
  amount: string;
}

/**
 * ISO 4217's code for "no currency": a charge Recharge sent without one is still counted and summed,
 * under a code that formats without pretending to be dollars.
 */
export const NO_CURRENCY = "XXX";

export function currencyCode(currency: string | null | undefined): string {
  const code = (currency ?? "").trim().toUpperCase();
  return code === "" ? NO_CURRENCY : code;
}

/**
 * A running sum per currency, in integer cents: exact up to 2^53 cents (about 90 trillion) per
 * currency. Amounts that are no decimal amount are left out (the charge schema refuses them).
 */
export class CurrencyTotals {
  private readonly cents = new Map<string, number>();

  add(currency: string | null | undefined, amount: string | null | undefined): void {
    const code = currencyCode(currency);
    const value = toCents(amount);
    this.cents.set(code, (this.cents.get(code) ?? 0) + (value ?? 0));
  }

  /** Sorted by currency code, so the same records always give the same list (and JSON). */
  toList(): CurrencyAmount[] {
    return [...this.cents.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, cents]) => ({ currency, amount: fromCents(cents) }));
  }
}
