import "server-only";
import type { Queryable } from "./types";

// The overview's tile snapshots (migration 0008): one row per tile, read by every instance. A refresh
// is claimed with one conditional upsert, which holds the row's lock for the statement: of two
// instances claiming at once, the second re-checks the row the first wrote and finds it taken. The
// claim is a lease: an instance that dies mid-walk frees its tile when the lease runs out.

/** What makes a tile's snapshot stale, and how refreshes are spaced. */
export interface PulsePolicy {
  /** A snapshot older than this is stale (10 minutes). */
  maxAgeSeconds: number;
  /** A refresh's lease: after this a claim counts as abandoned and the tile may be claimed again. */
  leaseSeconds: number;
  /** A webhook makes a snapshot stale at once, but a refresh starts no sooner than this after the last. */
  cooldownSeconds: number;
  /** Figures written by another version of their shape count as never computed. */
  figuresVersion: number;
}

/** A tile and the webhook topics that make it stale. */
export interface PulseTileRule {
  tile: string;
  topics: readonly string[];
}

export interface PulseSnapshotRow {
  tile: string;
  /** As stored; null before the first walk finished. */
  figures: unknown;
  /** When the walk behind `figures` started (ISO, UTC, ms). */
  computedAt: string | null;
  /** A refresh holds the tile's lease. */
  refreshing: boolean;
  /** When the last refresh failed (ISO, UTC, ms), if it did after the last figures were stored. */
  failedAt: string | null;
  stale: boolean;
}

/** Proof of a claimed refresh: the lease's start, to the microsecond, which only its holder knows. */
export interface PulseClaim {
  tile: string;
  startedAt: string;
}

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ISO_US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * Stale: never computed (or in another figures version), older than the maximum age, or a webhook
 * with one of the tile's topics was received after the walk started. `cooldown` (a parameter) keeps
 * webhooks from starting a refresh sooner than that after the last one; the read leaves it out.
 */
function staleSql(p: { age: string; version: string; topics: string; cooldown?: string }): string {
  const cooled = p.cooldown ? `s.computed_at <= now() - ${p.cooldown}::int * interval '1 second' AND ` : "";
  return `(s.figures IS NULL OR s.computed_at IS NULL
    OR s.figures ->> 'version' IS DISTINCT FROM ${p.version}::text
    OR s.computed_at <= now() - ${p.age}::int * interval '1 second'
    OR (${cooled}EXISTS (
      SELECT 1 FROM webhook_events e
      WHERE e.received_at > s.computed_at AND e.topic IN (SELECT jsonb_array_elements_text(${p.topics}))
    )))`;
}

/** Every tile's snapshot, whether it is stale and whether a refresh holds it; one query. */
export async function readPulseSnapshots(
  db: Queryable,
  tiles: readonly PulseTileRule[],
  policy: PulsePolicy,
): Promise<{ rows: PulseSnapshotRow[]; checkedAt: string }> {
  const rows = await db.query<PulseSnapshotRow & { checkedAt: string }>(
    `SELECT t.tile, s.figures,
       to_char(s.computed_at AT TIME ZONE 'UTC', ${ISO_MS}) AS "computedAt",
       to_char(s.failed_at AT TIME ZONE 'UTC', ${ISO_MS}) AS "failedAt",
       coalesce(s.refresh_started_at > now() - $2::int * interval '1 second', false) AS refreshing,
       (s.tile IS NULL OR ${staleSql({ age: "$3", version: "$4", topics: "t.topics" })}) AS stale,
       to_char(now() AT TIME ZONE 'UTC', ${ISO_MS}) AS "checkedAt"
     FROM jsonb_to_recordset($1::jsonb) AS t(tile text, topics jsonb)
     LEFT JOIN pulse_snapshots s ON s.tile = t.tile`,
    [JSON.stringify(tiles), policy.leaseSeconds, policy.maxAgeSeconds, String(policy.figuresVersion)],
  );
  const byTile = new Map(rows.map(({ checkedAt: _, ...row }) => [row.tile, row]));
  return {
    rows: tiles.map((rule) => byTile.get(rule.tile)!),
    checkedAt: rows[0]?.checkedAt ?? new Date().toISOString(),
  };
}

/**
 * Claims a tile's refresh when it is stale (past its cool-down) and no live lease holds it, in one
 * atomic statement; null when another instance holds it or it is fresh. Two claims at once: one wins.
 */
export async function claimPulseRefresh(
  db: Queryable,
  rule: PulseTileRule,
  policy: PulsePolicy,
): Promise<PulseClaim | null> {
  const [row] = await db.query<{ startedAt: string }>(
    `INSERT INTO pulse_snapshots AS s (tile, refresh_started_at) VALUES ($1, now())
     ON CONFLICT (tile) DO UPDATE SET refresh_started_at = now()
     WHERE (s.refresh_started_at IS NULL OR s.refresh_started_at <= now() - $2::int * interval '1 second')
       AND ${staleSql({ age: "$3", version: "$4", topics: "$5::jsonb", cooldown: "$6" })}
     RETURNING to_char(s.refresh_started_at AT TIME ZONE 'UTC', ${ISO_US}) AS "startedAt"`,
    [
      rule.tile,
      policy.leaseSeconds,
      policy.maxAgeSeconds,
      String(policy.figuresVersion),
      JSON.stringify(rule.topics),
      policy.cooldownSeconds,
    ],
  );
  return row ? { tile: rule.tile, startedAt: row.startedAt } : null;
}

/**
 * Stores a claimed refresh's figures, as of the moment its walk started (a webhook received during
 * the walk leaves the new snapshot stale), and frees the tile. False when the lease was lost (it ran
 * out and another instance claimed the tile): that instance's figures will be newer.
 */
export async function storePulseFigures(
  db: Queryable,
  claim: PulseClaim,
  figures: unknown,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE pulse_snapshots
     SET figures = $3::jsonb, computed_at = refresh_started_at, refresh_started_at = NULL, failed_at = NULL
     WHERE tile = $1 AND refresh_started_at = $2::timestamptz
     RETURNING tile`,
    [claim.tile, claim.startedAt, JSON.stringify(figures)],
  );
  return rows.length > 0;
}

/**
 * Frees a claimed tile without new figures because its walk failed: the last snapshot stays, and
 * the failure's time is kept for the overview to show until a walk succeeds.
 */
export async function releasePulseClaim(db: Queryable, claim: PulseClaim): Promise<void> {
  await db.query(
    `UPDATE pulse_snapshots SET refresh_started_at = NULL, failed_at = now()
     WHERE tile = $1 AND refresh_started_at = $2::timestamptz`,
    [claim.tile, claim.startedAt],
  );
}
