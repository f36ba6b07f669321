import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/security/content-security-policy.mjs";

/**
 * Runs before every page request: sets the Content-Security-Policy with a fresh nonce (which Next
 * applies to its own scripts) and tells pages which URL to return to after sign-in. API routes and
 * static files get their fixed, locked-down policy from next.config.mjs instead, so the BFF's hot
 * path does not pay for a proxy hop. Authentication is NOT decided here: pages and route handlers
 * check the session themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pagePolicy(nonce, {
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
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};
