import "server-only";
import { decode, type JWT } from "next-auth/jwt";

// Reads the session cookie exactly as next-auth's session endpoint does (cookie name, chunks,
// decode), so getOperator (session.ts) needs not run that whole endpoint on every request.

const SESSION_COOKIE = "next-auth.session-token";

/**
 * next-auth's cookie name: `__Secure-` prefixed when its origin is https. The origin is NEXTAUTH_URL;
 * without it, on Vercel (or with AUTH_TRUST_HOST) the request's own host and protocol; else none,
 * which next-auth reads as http://localhost:3000 (next-auth/utils/detect-origin, core/init).
 */
export function sessionCookieName(
  env: { NEXTAUTH_URL?: string; VERCEL?: string; AUTH_TRUST_HOST?: string },
  forwardedProto: string | null,
): string {
  const origin = env.NEXTAUTH_URL
    ? env.NEXTAUTH_URL
    : (env.VERCEL ?? env.AUTH_TRUST_HOST)
      ? `${forwardedProto === "http" ? "http" : "https"}://host`
      : "http://localhost:3000";
  // next-auth reads an origin without a scheme as https.
  const secure = !origin.startsWith("http") || origin.startsWith("https://");
  return secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The cookie's value, joined from its chunks (`name.0`, `name.1`…) in order, as next-auth's SessionStore does. */
export function sessionCookieValue(
  cookies: readonly { name: string; value: string }[],
  name: string,
): string {
  const suffix = (cookieName: string) => parseInt(cookieName.split(".").pop() ?? "0");
  return cookies
    .filter((cookie) => cookie.name.startsWith(name))
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((cookie) => cookie.value)
    .join("");
}

// A decoded token per cookie value. next-auth derives its key (HKDF, on libuv's thread pool) and
// decrypts on every call: ~0.1 ms idle and a thread-pool round trip that costs milliseconds on a busy
// machine (issue #18's bench). The cookie is the same on every request of a session until it is
// re-issued, so its payload is kept while jose would still accept it (`exp` with next-auth's 15 s
// clock tolerance); only successful decodes are kept, so a forged cookie is decrypted every time.
const CLOCK_TOLERANCE_SECONDS = 15;
const MAX_ENTRIES = 1000;
const holder = globalThis as typeof globalThis & { __decodedSessions?: Map<string, JWT> };
const decoded = (holder.__decodedSessions ??= new Map<string, JWT>());

const stillValid = (payload: JWT) =>
  typeof payload.exp === "number" && payload.exp > Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_SECONDS;

/** The cookie's token as next-auth's `decode` reads it (null when absent, expired or not ours). */
export async function decodeSessionCookie(value: string, secret: string): Promise<JWT | null> {
  if (!value) return null;
  const cacheKey = `${secret}\0${value}`;
  const cached = decoded.get(cacheKey);
  if (cached && stillValid(cached)) return { ...cached };
  decoded.delete(cacheKey);
  let payload: JWT | null;
  try {
    payload = await decode({ token: value, secret });
  } catch {
    return null;
  }
  if (!payload) return null;
  if (decoded.size >= MAX_ENTRIES) {
    for (const [key, entry] of decoded) if (!stillValid(entry)) decoded.delete(key);
    // Still full of live sessions: forget the oldest.
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  }
  if (stillValid(payload)) decoded.set(cacheKey, payload);
  return { ...payload };
}
