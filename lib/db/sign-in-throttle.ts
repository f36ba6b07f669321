import "server-only";
import {
  countAttempt,
  creditSuccess,
  freshState,
  lockedForSeconds,
  type ThrottleRule,
  type ThrottleState,
} from "@/lib/db/sign-in-throttle-policy";
import type { Db, Queryable } from "./types";

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** Rows untouched this long are gone: past any lock (4 h at most) and the day locks are remembered. */
const KEEP_DAYS = 2;

const COLUMNS = `extract(epoch FROM window_started_at) * 1000 AS "windowStartedAt", attempts,
  extract(epoch FROM locked_until) * 1000 AS "lockedUntil", locks`;

/**
 * Reads each key's state under a row lock, in key order so two transactions never wait on each other
 * in a circle. The INSERT makes the row exist first: a brand-new key has nothing to lock yet.
 */
async function lockStates(tx: Queryable, keys: readonly string[], now: number): Promise<ThrottleState[]> {
  const states: ThrottleState[] = [];
  for (const key of keys) {
    await tx.query(
      `INSERT INTO sign_in_throttle (key, window_started_at, attempts, locks)
       VALUES ($1, to_timestamp($2::float8 / 1000), 0, 0) ON CONFLICT (key) DO NOTHING`,
      [key, now],
    );
    const [row] = await tx.query<ThrottleState>(
      `SELECT ${COLUMNS} FROM sign_in_throttle WHERE key = $1 FOR UPDATE`,
      [key],
    );
    states.push(row ? { ...row, lockedUntil: row.lockedUntil ?? null } : freshState(now));
  }
  return states;
}

async function writeState(tx: Queryable, key: string, state: ThrottleState): Promise<void> {
  await tx.query(
    `UPDATE sign_in_throttle SET window_started_at = to_timestamp($2::float8 / 1000), attempts = $3,
       locked_until = to_timestamp($4::float8 / 1000), locks = $5, updated_at = now()
     WHERE key = $1`,
    [key, state.windowStartedAt, state.attempts, state.lockedUntil, state.locks],
  );
}

/**
 * Counts one sign-in attempt against every key, before the password is checked, in one transaction
 * holding each key's row lock: 25 parallel guesses are 25 attempts, not 25 reads of "0 so far".
 * Returns the seconds the attempt is refused for, or null when it may go on to the password check.
 * An attempt refused by a lock already in force counts nowhere else, so hammering a locked pair does
 * not also use up the account's allowance.
 */
export async function recordSignInAttempt(
  db: Db,
  keys: readonly ThrottleKey[],
  now = Date.now(),
): Promise<number | null> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const refused = await db.transaction(async (tx) => {
    const states = await lockStates(
      tx,
      sorted.map((entry) => entry.key),
      now,
    );
    const inForce = Math.max(0, ...states.map((state) => lockedForSeconds(state, now) ?? 0));
    if (inForce > 0) return inForce;
    let longest: number | null = null;
    for (const [index, { key, rule }] of sorted.entries()) {
      const counted = countAttempt(states[index]!, rule, now);
      await writeState(tx, key, counted.state);
      if (counted.lockedForSeconds !== null) longest = Math.max(longest ?? 0, counted.lockedForSeconds);
    }
    return longest;
  });
  await pruneSignInThrottle(db).catch(() => undefined); // housekeeping must never fail a sign-in
  return refused;
}

/** After the right password: gives the attempt back on every key not locked meanwhile. */
export async function creditSignInSuccess(db: Db, keys: readonly string[], now = Date.now()): Promise<void> {
  const sorted = [...keys].sort();
  await db.transaction(async (tx) => {
    const states = await lockStates(tx, sorted, now);
    for (const [index, key] of sorted.entries()) {
      const state = states[index]!;
      if (lockedForSeconds(state, now) === null) await writeState(tx, key, creditSuccess(state));
    }
  });
}

/**
 * Deletes rows nobody touched for KEEP_DAYS (they hold emails and addresses). SKIP LOCKED leaves rows
 * an attempt holds right now alone, so this never waits on, or deadlocks with, a sign-in.
 */
export async function pruneSignInThrottle(db: Queryable): Promise<void> {
  await db.query(
    `DELETE FROM sign_in_throttle WHERE key IN (
       SELECT key FROM sign_in_throttle WHERE updated_at < now() - make_interval(days => $1)
       FOR UPDATE SKIP LOCKED)`,
    [KEEP_DAYS],
  );
}
