// Starts the production build for Playwright on a fresh PGlite database, so every run begins with
// only the demo operators and no leftover sign-in failures or audit records.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const dataDir = ".data/e2e-pglite";
rmSync(dataDir, { recursive: true, force: true });
const port = process.env.E2E_APP_PORT ?? "3100";
const child = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, PGLITE_DATA_DIR: dataDir },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
