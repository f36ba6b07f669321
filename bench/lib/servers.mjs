// Starts what a benchmark measures: a sandbox and the production build of the app, on free ports,
// with a fresh database and a raised rate-limit bucket (the bucket is not what is being measured).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not start`);
}

const children = [];
process.on("exit", () => children.forEach((child) => child.kill("SIGTERM")));

function start(command, args, env) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

/** Starts the sandbox and the app; resolves with their URLs. */
export async function startStack({ bucketSize = 100_000, leakRate = 10_000, scale = 1 } = {}) {
  const sandboxPort = await freePort();
  const appPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  start("npx", ["tsx", "lib/sandbox/main.ts"], {
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_SCALE: String(scale),
    SANDBOX_BUCKET_SIZE: String(bucketSize),
    SANDBOX_LEAK_RATE: String(leakRate),
    NODE_ENV: "development",
  });
  await waitFor(`${sandboxUrl}/`);
  const appUrl = `http://localhost:${appPort}`;
  start("npx", ["next", "start", "-p", String(appPort)], {
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
  await waitFor(`${appUrl}/login`);
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
