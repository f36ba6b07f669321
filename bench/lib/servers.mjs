// Starts what a benchmark measures: a sandbox and the production build of the app, on free ports,
// with a fresh database and a raised rate-limit bucket (the bucket is not what is being measured).
// Both run in their own process groups, stopped together by stopAll() (also on Ctrl-C).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startService, waitForHttp } from "../../scripts/lib/processes.mjs";

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

/** The id of the sandbox's newest customer: the customer page the page benchmarks load. */
export async function sampleCustomerId(sandboxUrl) {
  const response = await fetch(`${sandboxUrl}/customers?limit=1`, {
    headers: { "X-Recharge-Access-Token": "sandbox_readonly_token", "X-Recharge-Version": "2021-11" },
  });
  return (await response.json()).customers[0].id;
}

/** Starts the sandbox and the app; resolves with their URLs. */
export async function startStack({ bucketSize = 100_000, leakRate = 10_000, scale = 1 } = {}) {
  const sandboxPort = await freePort();
  const appPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  start("sandbox", "npx", ["tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_SCALE: String(scale),
    SANDBOX_BUCKET_SIZE: String(bucketSize),
    SANDBOX_LEAK_RATE: String(leakRate),
    NODE_ENV: "development",
  });
  await waitForHttp(`${sandboxUrl}/`);
  const appUrl = `http://localhost:${appPort}`;
  start("app", "npx", ["next", "start", "-p", String(appPort)], {
    DEMO_MODE: "1",
    RECHARGE_API_URL: sandboxUrl,
    RECHARGE_API_TOKEN: "sandbox_admin_token",
    RECHARGE_BUCKET_SIZE: String(bucketSize),
    RECHARGE_LEAK_RATE: String(leakRate),
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
    PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), "bench-pglite-")),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitForHttp(`${appUrl}/login`);
  return { sandboxUrl, appUrl };
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
