import "server-only";
import type { JWT } from "next-auth/jwt";
import type { SessionOperator } from "./next-auth.d";
import { isPastAbsoluteLimit } from "./session-policy";
import { currentSessionStatus } from "./session-status";

// What next-auth's two callbacks do with an existing session's token, as plain functions: the
// callbacks (options.ts) and getOperator (session.ts) run the same checks.

/**
 * An existing session's token, checked: revoked once it is past the absolute limit, its operator is
 * disabled or gone, it was signed out, or its operator's sessions were ended (session version);
 * otherwise it carries the operator's current role and name (re-read at most every 30 s).
 */
export async function checkSessionToken(token: JWT): Promise<JWT> {
  // A token from before session versions existed has neither: it ends, and its operator signs in again.
  const { operatorId, signedInAt, sessionId, sessionVersion } = token;
  if (token.revoked || !operatorId || !signedInAt || !sessionId || sessionVersion === undefined)
    return { ...token, revoked: true };
  if (isPastAbsoluteLimit(signedInAt)) return { ...token, revoked: true };
  const status = await currentSessionStatus(operatorId, sessionId);
  if (!status?.active || status.ended || status.sessionVersion !== sessionVersion)
    return { ...token, revoked: true };
  return { ...token, role: status.role, name: status.name };
}

/** The operator a checked token names, or undefined when it was revoked or is incomplete. */
export function sessionOperator(token: JWT): SessionOperator | undefined {
  return !token.revoked && token.operatorId && token.role && token.email
    ? { id: token.operatorId, email: token.email, name: token.name ?? token.email, role: token.role }
    : undefined;
}
