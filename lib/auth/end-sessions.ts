import "server-only";
import type { JWT } from "next-auth/jwt";
import { getDb } from "@/lib/db/client";
import { endSession } from "@/lib/db/ended-sessions";
import { endOperatorSessions } from "@/lib/db/operators";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";
import { forgetOperatorSessions } from "./session-status";

/**
 * Sign-out (next-auth's `signOut` event): ends this one session for good, so a copy of its cookie
 * taken before stops working too — within 30 s on other instances, at once on this one.
 */
export async function endThisSession(token: JWT | null): Promise<void> {
  if (!token?.operatorId || !token.sessionId || !token.signedInAt) return;
  const expiresAt = new Date((token.signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000);
  await endSession(await getDb(), token.sessionId, token.operatorId, expiresAt);
  forgetOperatorSessions(token.operatorId);
}

/** "Sign out everywhere": every session of the operator ends; false when no such operator exists. */
export async function signOutEverywhere(operatorId: string): Promise<boolean> {
  const found = await endOperatorSessions(await getDb(), operatorId);
  forgetOperatorSessions(operatorId);
  return found;
}
