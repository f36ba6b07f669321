// Starts the production build for Playwright on a fresh PGlite database, so every run begins with
// only the demo operators and no leftover sign-in failures or audit records. First it registers the
// app's webhooks with the e2e sandbox (Playwright starts the sandbox before this), so the suite sees
// live updates as `npm start` does.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { assertAllRegistered, registerWebhooks } from "./register-webhooks.mjs";

// E2E_PGLITE_DATA_DIR: for a second suite run beside another (its own build, ports and database).
const dataDir = process.env.E2E_PGLITE_DATA_DIR || ".data/e2e-pglite";
rmSync(dataDir, { recursive: true, force: true });
const port = process.env.E2E_APP_PORT ?? "3100";
try {
  const webhooks = await registerWebhooks({
    apiUrl: process.env.RECHARGE_API_URL ?? "http://127.0.0.1:4110",
    token: process.env.RECHARGE_API_TOKEN ?? "sandbox_admin_token",
    appUrl: `http://localhost:${port}`,
  });
  assertAllRegistered(webhooks);
} catch (error) {
  console.error(`✗ Webhook registration with the e2e sandbox failed: ${error.message}`);
  process.exit(1);
}
const child = spawn("node", ["scripts/serve.mjs", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, PGLITE_DATA_DIR: dataDir },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
