// How the tiles write days and money: deterministic (en-US, UTC days), so the server's HTML and the
// browser's first render agree.
import { formatMoney } from "@/components/data-table/format";
import type { CurrencyAmount } from "@/lib/pulse/currency-sums";

const dayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
const shortDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** "Tue, Dec 8": a UTC calendar day. */
export const formatDay = (day: string) => dayFormat.format(Date.parse(`${day}T00:00:00Z`));
/** "Dec 8". */
export const formatShortDay = (day: string) => shortDayFormat.format(Date.parse(`${day}T00:00:00Z`));

/** "$18,240.00 · €512.40", or "—" when there is nothing. */
export function formatAmounts(amounts: readonly CurrencyAmount[]): string {
  if (amounts.length === 0) return "—";
  return amounts.map(({ currency, amount }) => formatMoney(amount, currency)).join(" · ");
}

/** "1 charge", "412 charges". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
