import { formatCount } from "@/lib/pulse/pulse-format";
import type { FailedFigures } from "@/lib/pulse/pulse-figures";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { dayHref, tileWalks, tileWindow, walkHref } from "@/lib/pulse/tiles";
import { utcDay } from "@/lib/pulse/pulse-days";
import { PulseBarChart } from "./pulse-bar-chart";
import { PulseDayTable } from "./pulse-day-table";
import { formatAmounts, formatDay, plural } from "./pulse-format-ui";
import { PulseTile } from "./pulse-tile";
import { SnapshotFooter } from "./snapshot-footer";

/** Failed charges of the last 7 days: how many, how many Recharge will retry, the amount at risk. */
export function FailedTile({ view }: { view: PulseView }) {
  const tile = view.tiles.failed;
  const figures: FailedFigures | null = tile.figures;
  const window = figures?.window ?? tileWindow("failed", utcDay(Date.parse(view.checkedAt)));
  const [walk] = tileWalks("failed", window);
  return (
    <PulseTile
      tile="failed"
      href={walk ? walkHref(walk) : null}
      busy={tile.refreshing}
      figure={figures ? formatCount(figures.count, figures.capped) : null}
      footer={<SnapshotFooter tile={tile} checkedAt={view.checkedAt} maxRows={view.maxRows} />}
    >
      {figures ? (
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
      ) : null}
    </PulseTile>
  );
}
