import { CurrencyTotals } from "./currency-sums";
import type { DayBucket } from "./pulse-figures";
import { daysOf, type DayWindow } from "./pulse-days";

interface DayTally {
  count: number;
  totals: CurrencyTotals;
}

/**
 * One bucket per day of the window (empty days included, so a chart has a bar for each): how many
 * records fell on the day and, when `amountOf` is given, their amounts per currency. A record whose
 * day is outside the window or unreadable is in no bucket (the tile's total still counts it).
 */
export function dayBuckets<Item>(
  items: readonly Item[],
  window: DayWindow,
  dayOf: (item: Item) => string | null,
  amountOf?: (item: Item) => { currency: string | null | undefined; amount: string | null | undefined },
): DayBucket[] {
  const tallies = new Map<string, DayTally>(
    daysOf(window).map((day) => [day, { count: 0, totals: new CurrencyTotals() }]),
  );
  for (const item of items) {
    const day = dayOf(item);
    const tally = day === null ? undefined : tallies.get(day);
    if (!tally) continue;
    tally.count += 1;
    if (amountOf) {
      const { currency, amount } = amountOf(item);
      tally.totals.add(currency, amount);
    }
  }
  return [...tallies.entries()].map(([day, tally]) => ({
    day,
    count: tally.count,
    amounts: tally.totals.toList(),
  }));
}
