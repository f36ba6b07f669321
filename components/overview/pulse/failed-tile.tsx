import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { dayHref } from "@/lib/pulse/tiles";
import { formatAmounts } from "./pulse-format-ui";
import { PulseDays } from "./pulse-days";
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
            <PulseDays
              days={figures.days}
              title="Failed charges by scheduled day"
              noun="charge"
              withAmounts
              dayHref={(day) => dayHref("failed", day)}
              className="text-destructive"
            />
          </>
        ) : null
      }
    </SnapshotPulseTile>
  );
}
