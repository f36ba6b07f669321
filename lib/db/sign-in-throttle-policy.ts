// The sign-in throttle's rules as pure functions of a stored state and a clock, so every transition is
// testable without waiting 15 minutes. lib/db/sign-in-throttle.ts stores the state, under a lock.
import "server-only";

export interface ThrottleRule {
  /** Attempts allowed in one window; the next one is refused and starts a lock. */
  limit: number;
  windowSeconds: number;
  /** How long a lock lasts, given how many locks this key had before (0 for its first). */
  lockSeconds: (previousLocks: number) => number;
}

export interface ThrottleState {
  /** Epoch milliseconds. */
  windowStartedAt: number;
  attempts: number;
  lockedUntil: number | null;
  locks: number;
}

const MINUTE = 60;

/**
 * One email from one client address: 10 attempts in 15 minutes, then 15 minutes of refusals. Stops a
 * single source guessing; cannot lock the operator out from anywhere else.
 */
export const pairRule: ThrottleRule = {
  limit: 10,
  windowSeconds: 15 * MINUTE,
  lockSeconds: () => 15 * MINUTE,
};

/**
 * One email from anywhere: 20 attempts in 15 minutes (twice the pair's, so one source alone is
 * stopped by the pair rule first), then a lock that doubles with each repeat — 15, 30, 60 minutes… up
 * to 4 hours — for guessing spread over many addresses. Over a day that is at most ~200 guesses.
 */
export const accountRule: ThrottleRule = {
  limit: 20,
  windowSeconds: 15 * MINUTE,
  lockSeconds: (previousLocks) => Math.min(15 * MINUTE * 2 ** previousLocks, 4 * 60 * MINUTE),
};

/** Locks older than this are forgotten, so the doubling punishes sustained guessing, not last week's. */
export const FORGET_LOCKS_AFTER_MS = 24 * 60 * 60 * 1000;

export const freshState = (now: number): ThrottleState => ({
  windowStartedAt: now,
  attempts: 0,
  lockedUntil: null,
  locks: 0,
});

/** Seconds left of a lock in force at `now`, or null when the key is not locked. */
export function lockedForSeconds(state: ThrottleState, now: number): number | null {
  return state.lockedUntil !== null && state.lockedUntil > now
    ? Math.ceil((state.lockedUntil - now) / 1000)
    : null;
}

/**
 * Counts one attempt on an unlocked key. The attempt past the limit is refused and locks the key
 * (its refusal lasts `lockSeconds`); when the lock ends, a new window starts.
 */
export function countAttempt(
  state: ThrottleState,
  rule: ThrottleRule,
  now: number,
): { state: ThrottleState; lockedForSeconds: number | null } {
  let current = state;
  if (current.lockedUntil !== null && now - current.lockedUntil >= FORGET_LOCKS_AFTER_MS)
    current = { ...current, lockedUntil: null, locks: 0 };
  if (now - current.windowStartedAt >= rule.windowSeconds * 1000)
    current = { ...current, windowStartedAt: now, attempts: 0 };
  const attempts = current.attempts + 1;
  if (attempts <= rule.limit) return { state: { ...current, attempts }, lockedForSeconds: null };
  const seconds = rule.lockSeconds(current.locks);
  return {
    state: { windowStartedAt: now, attempts: 0, lockedUntil: now + seconds * 1000, locks: current.locks + 1 },
    lockedForSeconds: seconds,
  };
}

/**
 * After the right password: that attempt was no failure, so it is given back, and the account's
 * doubling starts again from 15 minutes. (Counting every attempt first and crediting successes after
 * is what keeps parallel guesses from slipping under the limit.)
 */
export function creditSuccess(state: ThrottleState): ThrottleState {
  return { ...state, attempts: Math.max(0, state.attempts - 1), locks: 0 };
}
