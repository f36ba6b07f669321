import "server-only";
import { ApiError } from "./errors";

/**
 * Refuses cross-site mutations (CSRF). Browsers send `Sec-Fetch-Site` on every request and `Origin` on
 * every POST; a request must show it came from this origin. `Origin: null` (sandboxed frames, some
 * redirects) is refused too. Non-browser clients must send a matching Origin.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new ApiError("forbidden", "Cross-site requests are refused.");
  const origin = request.headers.get("origin");
  const expected = new URL(request.url).origin;
  if (origin !== expected && origin !== forwardedOrigin(request)) {
    throw new ApiError("forbidden", "Cross-site requests are refused.");
  }
}

/** The origin the browser saw when a proxy (Vercel, a load balancer) sits in front of the app. */
function forwardedOrigin(request: Request): string | undefined {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return undefined;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}
