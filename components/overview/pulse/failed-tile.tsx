import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { dayHref } from "@/lib/pulse/tiles";
import { PulseBarChart } from "./pulse-bar-chart";
import { PulseDayTable } from "./pulse-day-table";
import { formatAmounts, formatDay, plural } from "./pulse-format-ui";
import { SnapshotPulseTile } from "./snapshot-pulse-tile";

/** Failed charges of the last 7 days: how many, how many Recharge will retry, the amount at risk. */
export function FailedTile({ view }: { view: PulseView }) {
  return (
    <SnapshotPulseTile id="failed" view={view}>
      {(figures) =>
        figures ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">In dunning</dt>
              <dd className="tabular-nums" data-testid="pulse-dunning">
                {formatCount(figures.dunning, figures.capped)} with a retry date
              </dd>
              <dt className="text-muted-foreground">At risk</dt>
              <dd className="tabular-nums">{formatAmounts(figures.atRisk)}</dd>
            </dl>
            <PulseBarChart
              days={figures.days}
              label="Failed charges by scheduled day"
              describeDay={(day) => `${formatDay(day.day)}: ${plural(day.count, "charge")}`}
              className="text-destructive"
            />
            <PulseDayTable
              days={figures.days}
              caption="Failed charges by scheduled day"
              countLabel="Charges"
              withAmounts
              dayHref={(day) => dayHref("failed", day)}
            />
          </>
        ) : null
      }
    </SnapshotPulseTile>
  );
}
