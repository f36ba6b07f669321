import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { tileWalks, tileWindow, walkHref } from "@/lib/pulse/tiles";
import { utcDay } from "@/lib/pulse/pulse-days";
import { PulseBarChart } from "./pulse-bar-chart";
import { PulseDayTable } from "./pulse-day-table";
import { formatDay, plural } from "./pulse-format-ui";
import { PulseTile } from "./pulse-tile";
import { SnapshotFooter } from "./snapshot-footer";

/** Subscriptions cancelled in the last 7 days, by day, with the reasons given most. */
export function CancellationsTile({ view }: { view: PulseView }) {
  const tile = view.tiles.cancellations;
  const figures = tile.figures;
  const window = figures?.window ?? tileWindow("cancellations", utcDay(Date.parse(view.checkedAt)));
  const [walk] = tileWalks("cancellations", window);
  return (
    <PulseTile
      tile="cancellations"
      href={walk ? walkHref(walk) : null}
      busy={tile.refreshing}
      figure={figures ? formatCount(figures.count, figures.capped) : null}
      footer={<SnapshotFooter tile={tile} checkedAt={view.checkedAt} maxRows={view.maxRows} />}
    >
      {figures ? (
        <>
          {figures.topReasons.length > 0 ? (
            <div className="text-sm">
              <p className="text-muted-foreground text-xs">Top reasons</p>
              <ol className="mt-1 space-y-0.5">
                {figures.topReasons.map(({ reason, count }) => (
                  <li key={reason ?? ""} className="flex justify-between gap-3">
                    <span className={reason === null ? "text-muted-foreground italic" : undefined}>
                      {reason ?? "No reason given"}
                    </span>
                    <span className="tabular-nums">{formatCount(count)}</span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          <PulseBarChart
            days={figures.days}
            label="Cancellations by day"
            describeDay={(day) => `${formatDay(day.day)}: ${plural(day.count, "subscription")}`}
            className="text-amber-700 dark:text-amber-300"
          />
          <PulseDayTable
            days={figures.days}
            caption="Cancellations by day"
            countLabel="Subscriptions"
            withAmounts={false}
          />
        </>
      ) : null}
    </PulseTile>
  );
}
