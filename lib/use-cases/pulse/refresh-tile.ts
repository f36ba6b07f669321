import "server-only";
import { getDb } from "@/lib/db/client";
import { releasePulseClaim, storePulseFigures, type PulseClaim } from "@/lib/db/pulse-snapshots";
import { serverEnv } from "@/lib/env/server-env.mjs";
import type { WalkedTileId } from "@/lib/pulse/tile-topics";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { computeTileFigures } from "./tile-figures";

/**
 * Walks a claimed tile with the app's Recharge client and stores its figures. A walk that fails
 * (Recharge down, the bulk lane starved past its deadline) frees the tile and keeps the last
 * figures: the next reader of a stale tile claims it again. Never throws: it runs after the answer.
 */
export async function refreshTile(tile: WalkedTileId, claim: PulseClaim): Promise<void> {
  const db = await getDb();
  try {
    const figures = await computeTileFigures(getRechargeClient(), tile, {
      now: new Date(),
      maxRows: serverEnv().PULSE_MAX_ROWS,
    });
    await storePulseFigures(db, claim, figures);
  } catch (error) {
    console.error(
      `Pulse: the ${tile} tile could not be refreshed:`,
      error instanceof Error ? error.message : error,
    );
    await releasePulseClaim(db, claim).catch(() => undefined);
  }
}
