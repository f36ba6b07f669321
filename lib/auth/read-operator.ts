import "server-only";
import { serverEnv } from "@/lib/env/server-env.mjs";
import type { SessionOperator } from "./next-auth.d";
import { decodeSessionCookie, sessionCookieName, sessionCookieValue } from "./session-cookie";
import { checkSessionToken, sessionOperator } from "./session-token";

/**
 * The operator a request's cookies sign in, or null: what next-auth's getServerSession(authOptions)
 * answers, without running its whole session endpoint on every request — config checks, a CSRF
 * token, and a freshly encrypted session cookie that a route handler or page cannot set and throws
 * away (with the key derivations, ~2 ms of the BFF's ~4 ms floor on this machine: issue #18). The
 * same cookie is read the same way and the same checks run (session-token.ts, which the jwt and
 * session callbacks use too); the browser's own /api/auth/session calls still re-issue the cookie.
 */
export async function operatorFromCookies(
  cookies: readonly { name: string; value: string }[],
  forwardedProto: string | null,
): Promise<SessionOperator | null> {
  const name = sessionCookieName(process.env, forwardedProto);
  const token = await decodeSessionCookie(sessionCookieValue(cookies, name), serverEnv().NEXTAUTH_SECRET);
  if (!token) return null;
  try {
    return sessionOperator(await checkSessionToken(token)) ?? null;
  } catch (error) {
    // As next-auth did: a session that cannot be checked (the database is down) is no session.
    console.error("Session check failed:", error instanceof Error ? error.stack : error);
    return null;
  }
}
