import "server-only";
import type { Queryable } from "./types";

export type IdempotencyClaim =
  | { kind: "claimed" }
  | { kind: "in_progress" }
  | { kind: "mismatch" }
  | { kind: "completed"; status: number; body: unknown }
  | { kind: "unknown"; status: number; body: unknown };

interface KeyRow {
  request_hash: string;
  state: "in_progress" | "completed" | "unknown";
  response_status: number | null;
  response_body: unknown;
}

/**
 * A claim still `in_progress` after this long was abandoned: its instance died mid-request (a
 * serverless function frozen or killed). Far beyond any request's own limits (10 s per Recharge call,
 * Vercel's longest function duration), so a live request is never taken for a dead one.
 */
export const ABANDONED_CLAIM_SECONDS = 15 * 60;

/**
 * How long a key is kept. A key lives in one open dialog, and no dialog outlives its session (12 h
 * at most, lib/auth/session-policy.ts): after 7 days no request can carry it again.
 */
export const KEY_RETENTION_DAYS = 7;

/**
 * Claims an idempotency key for one request. The INSERT is the lock: of concurrent requests with the
 * same key exactly one gets `claimed`; the others see `in_progress`, and later ones the stored result.
 * A key reused for a different request (other hash) is a `mismatch`. An abandoned claim becomes
 * `unknown` (its call may or may not have reached Recharge), so the key is read back, never re-sent,
 * instead of answering "already being processed" forever.
 */
export async function claimIdempotencyKey(
  db: Queryable,
  operatorId: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyClaim> {
  const inserted = await db.query(
    `INSERT INTO idempotency_keys (operator_id, key, request_hash, state) VALUES ($1, $2, $3, 'in_progress')
     ON CONFLICT (operator_id, key) DO NOTHING RETURNING key`,
    [operatorId, key, requestHash],
  );
  if (inserted.length > 0) {
    // This operator's expired keys go as their next one comes: mutations are human-paced, and the
    // primary key (operator_id, key) keeps the scan to this operator's own keys.
    await db.query(
      `DELETE FROM idempotency_keys
       WHERE operator_id = $1 AND created_at < now() - $2::int * interval '1 day'`,
      [operatorId, KEY_RETENTION_DAYS],
    );
    return { kind: "claimed" };
  }
  const row = await readKey(db, operatorId, key);
  if (!row) return claimIdempotencyKey(db, operatorId, key, requestHash); // released meanwhile: try again
  if (row.request_hash !== requestHash) return { kind: "mismatch" };
  if (row.state !== "in_progress") return settledClaim(row, row.state);
  await db.query(
    `UPDATE idempotency_keys SET state = 'unknown', updated_at = now()
     WHERE operator_id = $1 AND key = $2 AND state = 'in_progress'
       AND updated_at < now() - $3::int * interval '1 second'`,
    [operatorId, key, ABANDONED_CLAIM_SECONDS],
  );
  // Read again: this request or a concurrent one may just have turned an abandoned claim.
  const now = await readKey(db, operatorId, key);
  return !now || now.state === "in_progress" ? { kind: "in_progress" } : settledClaim(now, now.state);
}

async function readKey(db: Queryable, operatorId: string, key: string): Promise<KeyRow | undefined> {
  const [row] = await db.query<KeyRow>(
    "SELECT request_hash, state, response_status, response_body FROM idempotency_keys WHERE operator_id = $1 AND key = $2",
    [operatorId, key],
  );
  return row;
}

function settledClaim(row: KeyRow, state: "completed" | "unknown"): IdempotencyClaim {
  return { kind: state, status: row.response_status ?? 500, body: row.response_body };
}

/** Stores the answer a key's request got, so replays return exactly it. */
export async function settleIdempotencyKey(
  db: Queryable,
  operatorId: string,
  key: string,
  state: "completed" | "unknown",
  status: number,
  body: unknown,
): Promise<void> {
  await db.query(
    `UPDATE idempotency_keys SET state = $3, response_status = $4, response_body = $5, updated_at = now()
     WHERE operator_id = $1 AND key = $2`,
    [operatorId, key, state, status, JSON.stringify(body)],
  );
}

/**
 * Forgets a key whose request never reached Recharge (refused before sending, or answered 429), so
 * the operator can try again with the same dialog.
 */
export async function releaseIdempotencyKey(db: Queryable, operatorId: string, key: string): Promise<void> {
  await db.query("DELETE FROM idempotency_keys WHERE operator_id = $1 AND key = $2", [operatorId, key]);
}
