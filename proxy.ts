import { NextResponse, type NextRequest } from "next/server";
import { lockedDownPolicy, pagePolicy } from "@/lib/security/content-security-policy.mjs";

/**
 * Runs before every page and API request: sets the Content-Security-Policy (a fresh nonce per page,
 * which Next applies to its own scripts) and tells pages which URL to return to after sign-in.
 * Authentication is NOT decided here: pages and route handlers check the session themselves.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = isApi
    ? lockedDownPolicy
    : pagePolicy(nonce, {
        dev: process.env.NODE_ENV === "development",
        https: request.nextUrl.protocol === "https:",
      });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const returnTo = new URL(request.nextUrl);
  returnTo.searchParams.delete("_rsc");
  requestHeaders.set("x-return-to", `${returnTo.pathname}${returnTo.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static build output gets its (locked-down) CSP from next.config.mjs instead.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
