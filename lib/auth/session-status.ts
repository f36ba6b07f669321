import "server-only";
import { getDb } from "@/lib/db/client";
import { findSessionFacts } from "@/lib/db/ended-sessions";
import type { Role } from "@/lib/schemas/roles";

// How stale a session's facts may be. Sessions are JWTs, so without this re-check a disabled operator
// or a signed-out cookie would keep working until the token expired. It is per instance: another
// instance may honour a session up to this long after it was ended elsewhere (README, "Sign-in").
export const RECHECK_MS = 30_000;
// Past this many entries, stale ones are dropped: one entry per live session, not per request.
const SWEEP_AT = 1000;

export interface SessionStatus {
  /** The operator exists and is not disabled. */
  active: boolean;
  role: Role;
  name: string;
  /** Sessions carrying another version were ended (lib/db/operators.ts). */
  sessionVersion: number;
  /** This one session was signed out. */
  ended: boolean;
  checkedAt: number;
}

// On globalThis, not in module scope: Next bundles pages and route handlers separately, each with its
// own copy of this module, and a sign-out handled by one must clear what the others cached.
const holder = globalThis as typeof globalThis & { __sessionStatus?: Map<string, SessionStatus> };
const cache = (holder.__sessionStatus ??= new Map<string, SessionStatus>());
const cacheKey = (operatorId: string, sessionId: string) => `${operatorId}:${sessionId}`;

/** One session's facts as the database has them, re-read at most every 30 s per instance. */
export async function currentSessionStatus(
  operatorId: string,
  sessionId: string,
): Promise<SessionStatus | undefined> {
  const key = cacheKey(operatorId, sessionId);
  const cached = cache.get(key);
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached;
  const facts = await findSessionFacts(await getDb(), operatorId, sessionId);
  if (!facts) {
    cache.delete(key);
    return undefined;
  }
  const { operator } = facts;
  const status: SessionStatus = {
    active: !operator.disabled,
    role: operator.role,
    name: operator.name,
    sessionVersion: operator.session_version,
    ended: facts.ended,
    checkedAt: Date.now(),
  };
  if (cache.size >= SWEEP_AT) {
    for (const [entry, value] of cache) if (Date.now() - value.checkedAt >= RECHECK_MS) cache.delete(entry);
  }
  cache.set(key, status);
  return status;
}

/** Forgets this instance's cached facts of an operator's sessions, so a change made here counts here at once. */
export function forgetOperatorSessions(operatorId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${operatorId}:`)) cache.delete(key);
}
