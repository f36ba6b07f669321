import { describe, expect, it } from "vitest";
import {
  FORGET_LOCKS_AFTER_MS,
  accountRule,
  countAttempt,
  creditSuccess,
  freshState,
  lockedForSeconds,
  pairRule,
  type ThrottleRule,
  type ThrottleState,
} from "./sign-in-throttle-policy";

const MINUTE = 60_000;

/** Counts `n` attempts at `now`; returns the state and the refusal of the last one. */
function attempts(rule: ThrottleRule, n: number, now: number, from: ThrottleState = freshState(now)) {
  let state = from;
  let refused: number | null = null;
  for (let index = 0; index < n; index++) {
    const locked = lockedForSeconds(state, now);
    if (locked !== null) {
      refused = locked;
      continue;
    }
    ({ state, lockedForSeconds: refused } = countAttempt(state, rule, now));
  }
  return { state, refused };
}

describe("sign-in throttle rules", () => {
  it("lets 10 attempts from one address through and refuses the 11th for 15 minutes", () => {
    expect(attempts(pairRule, 10, 0).refused).toBeNull();
    const { state, refused } = attempts(pairRule, 11, 0);
    expect(refused).toBe(15 * 60);
    expect(lockedForSeconds(state, 14 * MINUTE)).toBe(60);
    expect(lockedForSeconds(state, 15 * MINUTE)).toBeNull();
    // After the lock a new window starts with the full allowance.
    expect(attempts(pairRule, 10, 15 * MINUTE, state).refused).toBeNull();
  });

  it("starts a new window when the old one has passed", () => {
    const { state } = attempts(pairRule, 9, 0);
    expect(attempts(pairRule, 10, 15 * MINUTE, state).refused).toBeNull();
    expect(attempts(pairRule, 2, 14 * MINUTE, state).refused).toBe(15 * 60);
  });

  it("locks an account for longer each time: 15, 30, 60 minutes… up to 4 hours", () => {
    let state = freshState(0);
    let now = 0;
    const locks: number[] = [];
    for (let round = 0; round < 6; round++) {
      const result = attempts(accountRule, accountRule.limit + 1, now, state);
      locks.push(result.refused! / 60);
      state = result.state;
      now = state.lockedUntil!;
    }
    expect(locks).toEqual([15, 30, 60, 120, 240, 240]);
  });

  it("forgets past locks after a quiet day, and after a successful sign-in", () => {
    const first = attempts(accountRule, accountRule.limit + 1, 0).state;
    const later = first.lockedUntil! + FORGET_LOCKS_AFTER_MS;
    expect(attempts(accountRule, accountRule.limit + 1, later, first).refused).toBe(15 * 60);
    const soon = first.lockedUntil!;
    expect(attempts(accountRule, accountRule.limit + 1, soon, creditSuccess(first)).refused).toBe(15 * 60);
    expect(attempts(accountRule, accountRule.limit + 1, soon, first).refused).toBe(30 * 60);
  });

  it("gives a successful attempt back, so signing in often never locks anyone out", () => {
    let state = freshState(0);
    for (let index = 0; index < 50; index++) {
      const counted = countAttempt(state, pairRule, index * 1000);
      expect(counted.lockedForSeconds).toBeNull();
      state = creditSuccess(counted.state);
    }
    expect(state.attempts).toBe(0);
  });

  it("needs more attempts to lock an account than to lock one address", () => {
    expect(accountRule.limit).toBeGreaterThan(pairRule.limit);
  });
});
