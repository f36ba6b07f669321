// Server environment, validated once with zod. Plain ESM (not TypeScript) so that next.config.mjs can
// import it and a bad deployment fails at build/start instead of on the first request.
import { z } from "zod";

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_PGLITE_DATA_DIR = ".data/pglite";

/** The dev-only secret used in demo mode when none is given; refused everywhere else. */
export const DEMO_NEXTAUTH_SECRET = "demo-mode-only-secret-never-use-in-production-0000";

/** The sandbox's default webhook secret (sandbox/server.ts): the default outside production. */
export const SANDBOX_WEBHOOK_SECRET = "sandbox_webhook_secret";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** True when a URL points at this machine: the only place a demo-mode sandbox may live. */
export function isLoopbackUrl(value) {
  try {
    const host = new URL(value).hostname;
    return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DEMO_MODE: flag,
  RECHARGE_API_URL: z.url({ message: "must be an absolute URL" }).default("https://api.rechargeapps.com"),
  RECHARGE_API_TOKEN: z.string({ message: "is required" }).min(1, "is required"),
  // Recharge's bucket is 40 requests draining 2/s; raise both only against a sandbox started with a
  // bigger bucket (tests, benchmarks).
  RECHARGE_BUCKET_SIZE: z.coerce.number().int().min(2, "must be at least 2").default(40),
  RECHARGE_LEAK_RATE: z.coerce.number().positive("must be above 0").default(2),
  // CSV exports (#18): the most rows one export writes, and the seconds it may walk before it stops
  // (below the route's maxDuration of 300 s, the platform's function time), each saying so.
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1, "must be at least 1").default(50_000),
  EXPORT_MAX_SECONDS: z.coerce
    .number()
    .int()
    .min(5, "must be at least 5")
    .max(290, "must be at most 290")
    .default(280),
  // The overview's pulse (#19): the most records one tile's walk reads before it stops and shows
  // "5,000+", and how old a tile's snapshot may get before opening the overview refreshes it
  // (0 refreshes on every open: a way to measure a cold overview, never for everyday use).
  PULSE_MAX_ROWS: z.coerce.number().int().min(1, "must be at least 1").default(5_000),
  PULSE_MAX_AGE_SECONDS: z.coerce.number().int().min(0, "must be 0 or more").default(600),
  RECHARGE_WEBHOOK_SECRET: optionalString,
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString.pipe(z.url({ message: "must be an absolute URL" }).optional()),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  PGLITE_DATA_DIR: z.string().default(DEFAULT_PGLITE_DATA_DIR),
  // Set by Vercel itself on every deployment: the client's address is then its own `x-real-ip`.
  VERCEL: flag,
  // Behind proxies of our own: how many, so the client's address is read that far from the right of
  // X-Forwarded-For (lib/auth/client-address.ts). Unset: no forwarded header is believed.
  TRUSTED_PROXY_HOPS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ message: "must be a whole number of proxies" })
      .int("must be a whole number of proxies")
      .min(1, "must be at least 1")
      .max(10, "must be at most 10")
      .optional(),
  ),
  // Recharge's older webhook signature has no timestamp, so a captured delivery could be replayed at
  // any time. On by default while Recharge still sends it; turn off once every delivery carries the
  // timestamped X-Recharge-Webhook-Signature.
  RECHARGE_WEBHOOK_LEGACY_SIGNATURES: z
    .enum(["0", "1", "true", "false", ""], { message: "must be 1/true or 0/false" })
    .optional()
    .transform((value) => value === undefined || value === "" || value === "1" || value === "true"),
});

/**
 * Cross-field rules: what production refuses and what demo mode requires. They read the raw values so
 * they are reported together with any field errors, not only once every field is valid.
 */
function crossFieldIssues(source) {
  const issues = [];
  const issue = (path, message) => issues.push({ path: [path], message });
  const demo = source.DEMO_MODE === "1" || source.DEMO_MODE === "true";
  const apiUrl = source.RECHARGE_API_URL || "https://api.rechargeapps.com";
  if (demo) {
    if (!isLoopbackUrl(apiUrl)) {
      issue("DEMO_MODE", "is only allowed when RECHARGE_API_URL points at a sandbox on loopback (127.0.0.1)");
    }
    // Demo mode seeds operators whose password the README publishes: only ever into embedded PGlite.
    // This also makes every production deployment (DATABASE_URL is required there) refuse it, and
    // stops `npm start` from seeding them into the database of a DATABASE_URL left in the shell.
    if (source.DATABASE_URL) {
      issue(
        "DEMO_MODE",
        "is not allowed with DATABASE_URL: it would add the demo operators to that database",
      );
    }
    return issues;
  }
  // The token goes in a header of every call: over plain http it would cross the network readable.
  // Loopback is exempt (a local sandbox, the smoke run).
  if (/^http:/i.test(apiUrl) && !isLoopbackUrl(apiUrl))
    issue(
      "RECHARGE_API_URL",
      "must use https unless it is on loopback (the API token would travel in clear)",
    );
  const secret = source.NEXTAUTH_SECRET;
  if (!secret) issue("NEXTAUTH_SECRET", "is required outside demo mode");
  else if (secret === DEMO_NEXTAUTH_SECRET)
    issue("NEXTAUTH_SECRET", "is the demo default; generate one with `openssl rand -base64 32`");
  else if (secret.length < 32) issue("NEXTAUTH_SECRET", "must be at least 32 characters");
  if (source.NODE_ENV === "production") {
    if (!source.NEXTAUTH_URL) issue("NEXTAUTH_URL", "is required in production");
    // Over plain http the session cookie is not Secure and travels in clear. Loopback is exempt: the
    // production smoke run (scripts/smoke-production.mjs) serves http://localhost.
    else if (/^http:/i.test(source.NEXTAUTH_URL) && !isLoopbackUrl(source.NEXTAUTH_URL))
      issue("NEXTAUTH_URL", "must use https in production (only loopback may use http)");
    if (!source.DATABASE_URL)
      issue("DATABASE_URL", "is required in production (embedded PGlite is for demo mode)");
    // A publicly known secret would let anyone post events that pass as Recharge's.
    const webhookSecret = source.RECHARGE_WEBHOOK_SECRET;
    if (!webhookSecret)
      issue("RECHARGE_WEBHOOK_SECRET", "is required in production (the Recharge API client secret)");
    else if (webhookSecret === SANDBOX_WEBHOOK_SECRET)
      issue("RECHARGE_WEBHOOK_SECRET", "is the sandbox's secret; use the Recharge API client secret");
  }
  return issues;
}

/** One line per problem, each naming its variable, e.g. "RECHARGE_API_TOKEN is required". */
function formatEnvIssues(issues) {
  return issues.map((issue) => `  - ${issue.path.join(".") || "environment"} ${issue.message}`).join("\n");
}

/**
 * Parses an environment record. Throws an Error whose message lists every bad variable by name.
 * @param {Record<string, string | undefined>} source
 */
export function parseServerEnv(source) {
  const result = serverEnvSchema.safeParse(source);
  const issues = [...(result.success ? [] : result.error.issues), ...crossFieldIssues(source)];
  if (!result.success || issues.length > 0) {
    throw new Error(`Invalid environment:\n${formatEnvIssues(issues)}`);
  }
  const env = result.data;
  return {
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEMO_NEXTAUTH_SECRET,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? "http://localhost:3000",
    // Demo mode, development and tests talk to the sandbox, which signs with this by default.
    RECHARGE_WEBHOOK_SECRET: env.RECHARGE_WEBHOOK_SECRET ?? SANDBOX_WEBHOOK_SECRET,
  };
}

/** @typedef {ReturnType<typeof parseServerEnv>} ServerEnv */

/** @type {ServerEnv | undefined} */
let cached;

/** The validated process environment, parsed on first use. */
export function serverEnv() {
  cached ??= parseServerEnv(process.env);
  return cached;
}
