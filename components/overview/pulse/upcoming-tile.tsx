import type { DayBucket } from "@/lib/pulse/pulse-figures";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { dayHref } from "@/lib/pulse/tiles";
import { formatAmounts, formatDay, plural } from "./pulse-format-ui";
import { PulseDays } from "./pulse-days";
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
            <PulseDays
              days={figures.days}
              title="Upcoming charges by day"
              noun="charge"
              withAmounts
              describeDay={describeDay}
              dayHref={(day) => dayHref("upcoming", day)}
              className="text-sky-700 dark:text-sky-300"
            />
          </>
        ) : null
      }
    </SnapshotPulseTile>
  );
}
