import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { PulseDays } from "./pulse-days";
import { SnapshotPulseTile } from "./snapshot-pulse-tile";

/** Subscriptions cancelled in the last 7 days, by day, with the reasons given most. */
export function CancellationsTile({ view }: { view: PulseView }) {
  return (
    <SnapshotPulseTile id="cancellations" view={view}>
      {(figures) =>
        figures ? (
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
            <PulseDays
              days={figures.days}
              title="Cancellations by day"
              noun="subscription"
              withAmounts={false}
              className="text-amber-700 dark:text-amber-300"
            />
          </>
        ) : null
      }
    </SnapshotPulseTile>
  );
}
