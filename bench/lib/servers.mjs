// Starts what a benchmark measures: a sandbox and production builds of the app, on free ports, each
// app with a fresh database. By default the rate-limit bucket is raised (the bucket is not what is
// being measured) and the sandbox answers at once. All run in their own process groups: stop() ends
// one stack, stopAll() everything (also on Ctrl-C).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startService, stopService, waitForHttp } from "../../scripts/lib/processes.mjs";

const start = (name, command, args, env) =>
  startService(name, command, args, { env: { ...process.env, ...env }, quiet: true });

/** The environment the benchmarks' production build is made with (the stack's own URLs come at start). */
export const BENCH_BUILD_ENV = {
  ...process.env,
  DEMO_MODE: "1",
  RECHARGE_API_URL: "http://127.0.0.1:4010",
  RECHARGE_API_TOKEN: "sandbox_admin_token",
  NEXT_TELEMETRY_DISABLED: "1",
};

/** A bucket so large the limiter never waits: what most figures use. */
export const RAISED_BUCKET = { bucketSize: 100_000, leakRate: 10_000 };

/**
 * A sandbox on a free port. `latencyMs` is SANDBOX_LATENCY_MS (every API call takes that long plus a
 * jitter of up to half of it, the sandbox's default). Resolves with its URL and a stop().
 */
export async function startSandbox({ bucketSize, leakRate, scale = 1, latencyMs = 0 } = RAISED_BUCKET) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = start("sandbox", "npx", ["tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: String(port),
    SANDBOX_SCALE: String(scale),
    SANDBOX_BUCKET_SIZE: String(bucketSize),
    SANDBOX_LEAK_RATE: String(leakRate),
    SANDBOX_LATENCY_MS: String(latencyMs),
    NODE_ENV: "development",
  });
  await waitForHttp(`${url}/`);
  return { url, stop: () => stopService(child) };
}

/**
 * One `next start` against `sandboxUrl`, its limiter sized like the sandbox's bucket. `nodeArgs`
 * (e.g. `--cpu-prof`) runs Next's binary under `node` with them: NODE_OPTIONS may not carry them all.
 */
export async function startApp({ sandboxUrl, bucketSize, leakRate, name = "app", nodeArgs }) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const nextStart = ["start", "-p", String(port)];
  const [command, args] = nodeArgs
    ? ["node", [...nodeArgs, "node_modules/next/dist/bin/next", ...nextStart]]
    : ["npx", ["next", ...nextStart]];
  const child = start(name, command, args, {
    DEMO_MODE: "1",
    RECHARGE_API_URL: sandboxUrl,
    RECHARGE_API_TOKEN: "sandbox_admin_token",
    RECHARGE_BUCKET_SIZE: String(bucketSize),
    RECHARGE_LEAK_RATE: String(leakRate),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
    PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), "bench-pglite-")),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitForHttp(`${url}/login`, 120_000);
  return { url, stop: () => stopService(child) };
}

/** A sandbox and one app; resolves with their URLs and a stop() for both. */
export async function startStack(options = {}) {
  const bucket = { ...RAISED_BUCKET, ...options };
  const sandbox = await startSandbox(bucket);
  const app = await startApp({ sandboxUrl: sandbox.url, ...bucket });
  return {
    sandboxUrl: sandbox.url,
    appUrl: app.url,
    stop: async () => {
      await app.stop();
      await sandbox.stop();
    },
  };
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header to send. */
export async function signIn(appUrl, email = "admin@example.com", password = "demo-password") {
  const csrfResponse = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = await csrfResponse.json();
  const jar = new Map();
  const keep = (response) =>
    response.headers.getSetCookie().forEach((cookie) => {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    });
  keep(csrfResponse);
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error("bench sign-in failed");
  return cookie();
}
