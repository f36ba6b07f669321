// `GET /api/pulse`'s answer: every tile's snapshot as the overview draws it. Browser-safe.
import type { BatchFigures } from "./batch-figures";
import type { CancellationFigures, FailedFigures, RefundFigures, UpcomingFigures } from "./pulse-figures";

/** A walked tile: its last snapshot, and whether a newer one is being computed or due. */
export interface SnapshotTile<Figures> {
  /** Null until the first walk has finished. */
  figures: Figures | null;
  /** When the walk behind `figures` started (ISO, UTC): the figures are as of then. */
  computedAt: string | null;
  /** A walk is running (on any instance). */
  refreshing: boolean;
  /** Older than 10 minutes, or a webhook about a counted record came after `computedAt`. */
  stale: boolean;
  /** The last refresh failed at this time (ISO, UTC), after `figures` were counted; null otherwise. */
  failedAt: string | null;
}

/** The batches tile is read live on each request (lib/use-cases/pulse/batch-tile.ts). */
export interface LiveTile<Figures> {
  figures: Figures | null;
  computedAt: string | null;
  /** The read failed: what to say instead of the figures. */
  error: string | null;
}

export interface PulseView {
  /** The server's clock when it answered (ISO, UTC). */
  checkedAt: string;
  /** PULSE_MAX_ROWS: where a walk stops. */
  maxRows: number;
  tiles: {
    failed: SnapshotTile<FailedFigures>;
    upcoming: SnapshotTile<UpcomingFigures>;
    refunds: SnapshotTile<RefundFigures>;
    cancellations: SnapshotTile<CancellationFigures>;
    batches: LiveTile<BatchFigures>;
  };
}

export const REFRESHING_POLL_MS = 2_000;
export const RUNNING_BATCH_POLL_MS = 5_000;
export const STALE_POLL_MS = 10_000;

/**
 * How soon the overview asks again: every 2 s while a walk runs (to show its figures when they
 * land), every 5 s while a batch runs (its progress bar), every 10 s while a tile is due for a
 * refresh none has started yet (a webhook within a refresh's cool-down, or one that failed), else
 * only when a live event names a tile's topic.
 */
export function pulseRefetchInterval(view: PulseView | undefined): number | false {
  if (!view) return false;
  const snapshots = [view.tiles.failed, view.tiles.upcoming, view.tiles.refunds, view.tiles.cancellations];
  if (snapshots.some((tile) => tile.refreshing)) return REFRESHING_POLL_MS;
  if ((view.tiles.batches.figures?.running.length ?? 0) > 0) return RUNNING_BATCH_POLL_MS;
  if (snapshots.some((tile) => tile.stale)) return STALE_POLL_MS;
  return false;
}
