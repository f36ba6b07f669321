import type { DayBucket } from "@/lib/pulse/pulse-figures";
import { PulseBarChart } from "./pulse-bar-chart";
import { PulseDayTable } from "./pulse-day-table";
import { formatDay, plural } from "./pulse-format-ui";

/**
 * A tile's days, drawn and written out: the bar chart (its text equivalent in its label) and the
 * "By day" table beneath it, under one title and counting one kind of record.
 */
export function PulseDays({
  days,
  title,
  noun,
  withAmounts,
  describeDay = (day) => `${formatDay(day.day)}: ${plural(day.count, noun)}`,
  dayHref,
  className,
}: {
  days: readonly DayBucket[];
  /** "Upcoming charges by day": the chart's label and the table's caption. */
  title: string;
  /** What is counted, singular: "charge", "subscription". */
  noun: string;
  /** The table has an amount column. */
  withAmounts: boolean;
  /** One day in words for the chart's label; by default "Tue, Dec 8: 412 charges". */
  describeDay?: (day: DayBucket) => string;
  /** Each day's row links to the list it counts. */
  dayHref?: (day: string) => string | null;
  /** The bars' colour (a text colour class). */
  className?: string;
}) {
  return (
    <>
      <PulseBarChart days={days} label={title} describeDay={describeDay} className={className} />
      <PulseDayTable
        days={days}
        caption={title}
        countLabel={`${noun[0]!.toUpperCase()}${noun.slice(1)}s`}
        withAmounts={withAmounts}
        dayHref={dayHref}
      />
    </>
  );
}
