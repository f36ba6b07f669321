import "server-only";
import { getDb } from "@/lib/db/client";
import { claimPulseRefresh, readPulseSnapshots, type PulseSnapshotRow } from "@/lib/db/pulse-snapshots";
import type { Queryable } from "@/lib/db/types";
import { serverEnv } from "@/lib/env/server-env.mjs";
import type { BatchFigures } from "@/lib/pulse/batch-figures";
import { PULSE_FIGURES_VERSION, type WalkedTileFigures } from "@/lib/pulse/pulse-figures";
import type { LiveTile, PulseView, SnapshotTile } from "@/lib/pulse/pulse-view";
import type { WalkedTileId } from "@/lib/pulse/tile-topics";
import { readBatchTile } from "./batch-tile";
import { pulsePolicy, pulseTileRules } from "./pulse-policy";
import { refreshTile } from "./refresh-tile";

export interface ReadPulseOptions {
  /** Runs a claimed refresh after the answer has gone: Next's `after()`; tests pass their own. */
  background: (task: () => Promise<void>) => void;
}

/**
 * `GET /api/pulse` and the overview's first paint: every tile's snapshot as stored (all instances
 * and operators read the same), the batches read live, and for each stale tile that no instance is
 * refreshing, a claimed refresh started in the background, so the answer never waits on a walk.
 */
export async function readPulse({ background }: ReadPulseOptions): Promise<PulseView> {
  const db = await getDb();
  const policy = pulsePolicy();
  let { rows, checkedAt } = await readPulseSnapshots(db, pulseTileRules, policy);
  const claims = await Promise.all(
    pulseTileRules.map(async (rule, index) => {
      const row = rows[index]!;
      if (!row.stale || row.refreshing) return null;
      const claim = await claimPulseRefresh(db, rule, policy);
      if (claim) background(() => refreshTile(rule.tile as WalkedTileId, claim));
      return claim === null ? "refused" : "claimed";
    }),
  );
  // A refused claim: another reader claimed the tile (or stored it) since the read; say what it is now.
  if (claims.includes("refused"))
    ({ rows, checkedAt } = await readPulseSnapshots(db, pulseTileRules, policy));
  const claimed = claims.map((claim) => claim === "claimed");
  const tile = <Figures extends WalkedTileFigures>(id: Figures["tile"]): SnapshotTile<Figures> => {
    const index = pulseTileRules.findIndex((rule) => rule.tile === id);
    return snapshotTile<Figures>(rows[index]!, id, claimed[index] ?? false);
  };
  return {
    checkedAt,
    maxRows: serverEnv().PULSE_MAX_ROWS,
    tiles: {
      failed: tile("failed"),
      upcoming: tile("upcoming"),
      refunds: tile("refunds"),
      cancellations: tile("cancellations"),
      batches: await batchesTile(db),
    },
  };
}

function snapshotTile<Figures extends WalkedTileFigures>(
  row: PulseSnapshotRow,
  id: Figures["tile"],
  claimedNow: boolean,
): SnapshotTile<Figures> {
  // Figures of another shape (written by another version) are not shown; the tile is stale and refreshing.
  const figures = row.figures as Partial<WalkedTileFigures> | null;
  const current = figures?.version === PULSE_FIGURES_VERSION && figures.tile === id;
  return {
    figures: current ? (figures as Figures) : null,
    computedAt: current ? row.computedAt : null,
    refreshing: row.refreshing || claimedNow,
    stale: row.stale,
    failedAt: row.failedAt,
  };
}

async function batchesTile(db: Queryable): Promise<LiveTile<BatchFigures>> {
  const now = new Date();
  try {
    const { figures, readAt } = await readBatchTile(db, now);
    return { figures, computedAt: readAt.toISOString(), error: null };
  } catch (error) {
    console.error("Pulse: the batches could not be read:", error instanceof Error ? error.message : error);
    return { figures: null, computedAt: null, error: "Recharge did not answer for the batches." };
  }
}
