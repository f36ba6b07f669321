import type { SnapshotTile } from "@/lib/pulse/pulse-view";
import { PulseAsOf } from "./pulse-as-of";
import { WalkNotes } from "./pulse-tile";

/** The foot of a walked tile: its notes, then "as of … · refreshing…" (or why the last count failed). */
export function SnapshotFooter({
  tile,
  checkedAt,
  maxRows,
}: {
  tile: SnapshotTile<{ capped: boolean; unreadable: number }>;
  checkedAt: string;
  maxRows: number;
}) {
  return (
    <div className="space-y-2">
      {tile.figures ? (
        <WalkNotes capped={tile.figures.capped} unreadable={tile.figures.unreadable} maxRows={maxRows} />
      ) : null}
      <PulseAsOf
        computedAt={tile.computedAt}
        checkedAt={checkedAt}
        refreshing={tile.refreshing}
        stale={tile.stale}
        failedAt={tile.failedAt}
      />
    </div>
  );
}
