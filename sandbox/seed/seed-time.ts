// Time and id helpers shared by the seed steps. Seeded timestamps all fall before `base` (UTC midnight
// of the day the sandbox started), so a reset on the same day reproduces the same data.
import { DAY_MS } from "../domain/dates";
import type { Random } from "./prng";

export interface SeedClock {
  /** UTC midnight of the start day; every seeded timestamp is earlier. */
  base: number;
}

export function seedClockFor(nowMs: number): SeedClock {
  return { base: Math.floor(nowMs / DAY_MS) * DAY_MS };
}

/** A whole-second instant in [from, to). */
export function randomInstant(random: Random, from: number, to: number): number {
  const span = Math.max(1, Math.floor((to - from) / 1000));
  return from + random.int(0, span - 1) * 1000;
}

/** `ms` if it is before `base`, else a random instant in [from, base): avoids piling data on one second. */
export function beforeBase(random: Random, ms: number, from: number, base: number): number {
  return ms < base ? ms : randomInstant(random, Math.min(from, base - 1000), base);
}

/**
 * Orders drafts by creation time and numbers them from `firstId` with small random gaps, so that
 * ids grow with created_at as they do in a real store.
 */
export function assignIds<T extends { id: number; created_at: string }>(
  rows: T[],
  firstId: number,
  random: Random,
): number {
  rows.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  let id = firstId;
  for (const row of rows) {
    id += random.int(1, 4);
    row.id = id;
  }
  return id;
}
