import Link from "next/link";
import type { DayBucket } from "@/lib/pulse/pulse-figures";
import { formatAmounts, formatDay } from "./pulse-format-ui";

/**
 * A chart's figures as a table, folded away under "By day": each day, how many and, for money
 * tiles, how much per currency; a day links to its own list where the tile has one.
 */
export function PulseDayTable({
  days,
  caption,
  countLabel,
  withAmounts,
  dayHref,
}: {
  days: readonly DayBucket[];
  caption: string;
  countLabel: string;
  withAmounts: boolean;
  dayHref?: (day: string) => string | null;
}) {
  return (
    <details className="text-sm">
      <summary className="text-muted-foreground hover:text-foreground cursor-pointer text-xs">By day</summary>
      <table className="mt-2 w-full text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-muted-foreground border-b text-left">
            <th scope="col" className="py-1 pr-2 font-medium">
              Day (UTC)
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {countLabel}
            </th>
            {withAmounts ? (
              <th scope="col" className="py-1 text-right font-medium">
                Amount
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const href = dayHref?.(day.day) ?? null;
            return (
              <tr key={day.day} className="border-b last:border-0">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {href ? (
                    <Link href={href} className="underline-offset-2 hover:underline">
                      {formatDay(day.day)}
                    </Link>
                  ) : (
                    formatDay(day.day)
                  )}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">{day.count.toLocaleString("en-US")}</td>
                {withAmounts ? (
                  <td className="py-1 text-right tabular-nums">{formatAmounts(day.amounts)}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
