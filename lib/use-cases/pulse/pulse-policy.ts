import "server-only";
import type { PulsePolicy, PulseTileRule } from "@/lib/db/pulse-snapshots";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { PULSE_FIGURES_VERSION } from "@/lib/pulse/pulse-figures";
import { pulseTileTopics, walkedTileIds } from "@/lib/pulse/tile-topics";

/**
 * A refresh's lease. Well above a capped walk (20 pages of 250, ~10 s in the bulk lane) and the
 * route's maxDuration (60 s), so it runs out only for an instance that died mid-walk.
 */
export const PULSE_LEASE_SECONDS = 120;
/**
 * A webhook marks a tile stale at once, but its refresh starts no sooner than this after the last:
 * in a busy store charge webhooks come every second, and walking on each would spend the bulk lane.
 */
export const PULSE_COOLDOWN_SECONDS = 10;

export function pulsePolicy(): PulsePolicy {
  return {
    maxAgeSeconds: serverEnv().PULSE_MAX_AGE_SECONDS,
    leaseSeconds: PULSE_LEASE_SECONDS,
    cooldownSeconds: PULSE_COOLDOWN_SECONDS,
    figuresVersion: PULSE_FIGURES_VERSION,
  };
}

/** The snapshotted tiles and the topics that make each stale. */
export const pulseTileRules: PulseTileRule[] = walkedTileIds.map((tile) => ({
  tile,
  topics: pulseTileTopics[tile],
}));
