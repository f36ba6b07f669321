"use client";

import { useQuery } from "@tanstack/react-query";
import { LoadErrorPanel } from "@/components/layout/load-error-panel";
import { pulseQuery } from "@/lib/queries/pulse";
import { pulseTileIds } from "@/lib/pulse/tile-topics";
import { BatchesTile } from "./batches-tile";
import { CancellationsTile } from "./cancellations-tile";
import { FailedTile } from "./failed-tile";
import { PulseTile } from "./pulse-tile";
import { RefundsTile } from "./refunds-tile";
import { UpcomingTile } from "./upcoming-tile";

const GRID = "grid gap-4 md:grid-cols-2 xl:grid-cols-3";

/**
 * "What needs me today?": the five tiles of the overview (#19), from the snapshot the server
 * prefetched, then kept current by pulseQuery (polls while a walk runs, live events).
 */
export function PulseTiles() {
  const query = useQuery(pulseQuery());
  const view = query.data;
  return (
    <section aria-labelledby="pulse-heading" className="space-y-3">
      <h2 id="pulse-heading" className="text-base font-semibold">
        Today
      </h2>
      {view ? (
        <div className={GRID}>
          <FailedTile view={view} />
          <UpcomingTile view={view} />
          <RefundsTile view={view} />
          <CancellationsTile view={view} />
          <BatchesTile view={view} />
        </div>
      ) : query.isError ? (
        <LoadErrorPanel
          title="The overview's figures could not be loaded."
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : (
        <div className={GRID}>
          {pulseTileIds.map((tile) => (
            <PulseTile key={tile} tile={tile} href={null} busy figure={null} footer={null} />
          ))}
        </div>
      )}
    </section>
  );
}
