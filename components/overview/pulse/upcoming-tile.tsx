import type { DayBucket } from "@/lib/pulse/pulse-figures";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { dayHref } from "@/lib/pulse/tiles";
import { PulseBarChart } from "./pulse-bar-chart";
import { PulseDayTable } from "./pulse-day-table";
import { formatAmounts, formatDay, plural } from "./pulse-format-ui";
import { SnapshotPulseTile } from "./snapshot-pulse-tile";

/** "Tue, Dec 8: 412 charges, $18,240.00". */
const describeDay = (day: DayBucket) =>
  `${formatDay(day.day)}: ${plural(day.count, "charge")}${day.count > 0 ? `, ${formatAmounts(day.amounts)}` : ""}`;

/** Queued charges of the next 14 days, per day, with their amounts per currency. */
export function UpcomingTile({ view }: { view: PulseView }) {
  return (
    <SnapshotPulseTile id="upcoming" view={view}>
      {(figures) =>
        figures ? (
          <>
            <p className="text-sm tabular-nums">
              <span className="text-muted-foreground">Total </span>
              {formatAmounts(figures.amounts)}
            </p>
            <PulseBarChart
              days={figures.days}
              label="Upcoming charges by day"
              describeDay={describeDay}
              className="text-sky-700 dark:text-sky-300"
            />
            <PulseDayTable
              days={figures.days}
              caption="Upcoming charges by day"
              countLabel="Charges"
              withAmounts
              dayHref={(day) => dayHref("upcoming", day)}
            />
          </>
        ) : null
      }
    </SnapshotPulseTile>
  );
}
