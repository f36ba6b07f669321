// The three charge tiles' figures from the charges their walks returned. Pure: the same records
// always give the same figures, and money is summed per currency in cents (currency-sums.ts).
import { CurrencyTotals } from "./currency-sums";
import { dayBuckets } from "./day-buckets";
import { dayOf, type DayWindow } from "./pulse-days";
import {
  PULSE_FIGURES_VERSION,
  type FailedFigures,
  type RefundFigures,
  type UpcomingFigures,
  type WalkFacts,
} from "./pulse-figures";

/** The fields of a Recharge charge the tiles read (lib/recharge's Charge has them all). */
export interface PulseCharge {
  id: number;
  status: string;
  currency?: string | null;
  scheduled_at?: string | null;
  updated_at?: string | null;
  retry_date?: string | null;
  total_price: string;
  total_refunds?: string | null;
}

type AmountOf = (charge: PulseCharge) => {
  currency: string | null | undefined;
  amount: string | null | undefined;
};

const price: AmountOf = (charge) => ({ currency: charge.currency, amount: charge.total_price });
const refunds: AmountOf = (charge) => ({ currency: charge.currency, amount: charge.total_refunds });
const scheduledDay = (charge: PulseCharge) => dayOf(charge.scheduled_at);

function sum(charges: readonly PulseCharge[], amountOf: AmountOf) {
  const totals = new CurrencyTotals();
  for (const charge of charges) {
    const { currency, amount } = amountOf(charge);
    totals.add(currency, amount);
  }
  return totals.toList();
}

/** Failed charges by scheduled day; how many Recharge will retry (retry_date set); the amount at risk. */
export function failedFigures(
  charges: readonly PulseCharge[],
  window: DayWindow,
  walk: WalkFacts,
): FailedFigures {
  return {
    tile: "failed",
    version: PULSE_FIGURES_VERSION,
    window,
    ...walk,
    count: charges.length,
    dunning: charges.filter((charge) => Boolean(charge.retry_date)).length,
    atRisk: sum(charges, price),
    days: dayBuckets(charges, window, scheduledDay, price),
  };
}

/** Queued charges by scheduled day, with their totals per currency each day and overall. */
export function upcomingFigures(
  charges: readonly PulseCharge[],
  window: DayWindow,
  walk: WalkFacts,
): UpcomingFigures {
  return {
    tile: "upcoming",
    version: PULSE_FIGURES_VERSION,
    window,
    ...walk,
    count: charges.length,
    amounts: sum(charges, price),
    days: dayBuckets(charges, window, scheduledDay, price),
  };
}

/**
 * Refunded and partly refunded charges, with what was refunded (total_refunds) per currency, by the
 * day they were last updated (Recharge has no refund date).
 */
export function refundFigures(
  charges: readonly PulseCharge[],
  window: DayWindow,
  walk: WalkFacts,
): RefundFigures {
  return {
    tile: "refunds",
    version: PULSE_FIGURES_VERSION,
    window,
    ...walk,
    count: charges.length,
    refunded: charges.filter((charge) => charge.status === "refunded").length,
    partiallyRefunded: charges.filter((charge) => charge.status === "partially_refunded").length,
    amounts: sum(charges, refunds),
    days: dayBuckets(charges, window, (charge) => dayOf(charge.updated_at), refunds),
  };
}
