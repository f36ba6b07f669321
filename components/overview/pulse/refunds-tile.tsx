import Link from "next/link";
import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { walkHref } from "@/lib/pulse/tiles";
import { formatAmounts } from "./pulse-format-ui";
import { PulseDays } from "./pulse-days";
import { SnapshotPulseTile } from "./snapshot-pulse-tile";

/**
 * Refunds of the last 7 days: two lists (refunded, partly refunded), so the tile holds a link to each
 * instead of being one link.
 */
export function RefundsTile({ view }: { view: PulseView }) {
  return (
    <SnapshotPulseTile id="refunds" view={view} linked={false}>
      {(figures, [refunded, partly]) => (
        <>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {refunded ? (
              <li>
                <Link href={walkHref(refunded)} className="underline underline-offset-2">
                  {figures ? `${formatCount(figures.refunded)} refunded` : "Refunded"}
                </Link>
              </li>
            ) : null}
            {partly ? (
              <li>
                <Link href={walkHref(partly)} className="underline underline-offset-2">
                  {figures ? `${formatCount(figures.partiallyRefunded)} partly refunded` : "Partly refunded"}
                </Link>
              </li>
            ) : null}
          </ul>
          {figures ? (
            <>
              <p className="text-sm tabular-nums">
                <span className="text-muted-foreground">Refunded </span>
                {formatAmounts(figures.amounts)}
              </p>
              <PulseDays
                days={figures.days}
                title="Refunded charges by day last updated"
                noun="charge"
                withAmounts
              />
            </>
          ) : null}
        </>
      )}
    </SnapshotPulseTile>
  );
}
