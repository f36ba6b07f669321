import "server-only";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { ApiError } from "./errors";

/**
 * Refuses cross-site mutations (CSRF). Browsers send `Sec-Fetch-Site` on every request and `Origin` on
 * every POST; a request must show it came from the dashboard's public origin, NEXTAUTH_URL's. That is
 * configuration, not a request header: `Host` and `X-Forwarded-Host` are written by whoever sends the
 * request, so an origin derived from them proves nothing. `Origin: null` (sandboxed frames, some
 * redirects) is refused too. Non-browser clients must send the matching Origin.
 * Returns the refusal, or null for a same-origin request.
 */
export function sameOriginRefusal(request: Request): ApiError | null {
  const site = request.headers.get("sec-fetch-site");
  const crossSite =
    (Boolean(site) && site !== "same-origin") ||
    request.headers.get("origin") !== new URL(serverEnv().NEXTAUTH_URL).origin;
  return crossSite ? new ApiError("forbidden", "Cross-site requests are refused.") : null;
}

/** sameOriginRefusal, thrown. */
export function assertSameOrigin(request: Request): void {
  const refusal = sameOriginRefusal(request);
  if (refusal) throw refusal;
}
