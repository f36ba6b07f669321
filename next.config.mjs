import { parseServerEnv } from "./lib/env/server-env.mjs";
import { lockedDownPolicy, staticFilesPolicy } from "./lib/security/content-security-policy.mjs";

// Fail the build or the start with a message naming each bad variable (see README, "Environment").
if (process.env.SKIP_ENV_VALIDATION !== "1") {
  try {
    parseServerEnv(process.env);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const isProduction = process.env.NODE_ENV === "production";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // An operator tool must never be indexed, whatever a crawler makes of robots.txt.
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Both only for `npm run bench:js`, which builds a source-mapped copy beside the real build to
  // attribute first-load JS to packages. Deployed builds never ship source maps.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === "1",
  serverExternalPackages: ["@electric-sql/pglite"],
  experimental: {
    // Fewer, larger client chunks (default 50 kB): a list page loads 10 scripts instead of 12–13,
    // ~1.6 kB gzip and ~2 kB of response headers less, and the five list and customer pages together
    // still load slightly less than with the default, so navigating between them costs nothing extra.
    // Larger values merge shared code into every page. Experimental: re-measure (`npm run bench`)
    // when upgrading Next.
    turbopackChunking: { minChunkSize: 100_000 },
  },
  turbopack: {
    resolveAlias: {
      // List parsers are shared by server pages and client hooks, so they import `nuqs/server` (the
      // entry without "use client"). In the browser that entry would be a second copy of the parsers
      // beside the `nuqs` that useQueryStates comes from; both entries build them from the same source.
      "nuqs/server": { browser: "nuqs" },
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: staticFilesPolicy }],
      },
      {
        source: "/_next/image/:path*",
        headers: [{ key: "Content-Security-Policy", value: lockedDownPolicy }],
      },
      {
        source: "/api/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Content-Security-Policy", value: lockedDownPolicy },
        ],
      },
    ];
  },
};

export default nextConfig;
