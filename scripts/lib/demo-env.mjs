// The environment `npm start` runs with: demo mode against the local sandbox, with a dev secret that is
// generated once per clone (kept in .data/, which git ignores). Variables already set win.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

function devSecret() {
  const file = ".data/dev-nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export const SANDBOX_PORT = process.env.SANDBOX_PORT ?? "4010";
export const APP_PORT = process.env.PORT ?? "3000";

export function demoEnv() {
  return {
    DEMO_MODE: "1",
    RECHARGE_API_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
    RECHARGE_API_TOKEN: "sandbox_admin_token",
    NEXTAUTH_URL: `http://localhost:${APP_PORT}`,
    NEXTAUTH_SECRET: devSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
    // The app verifies webhooks with the secret the sandbox signs them with.
    ...(process.env.SANDBOX_WEBHOOK_SECRET
      ? { RECHARGE_WEBHOOK_SECRET: process.env.SANDBOX_WEBHOOK_SECRET }
      : {}),
    ...process.env,
  };
}
