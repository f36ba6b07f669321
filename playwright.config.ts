import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/fixtures/browser";

// Ports apart from `npm start`'s (3000/4010) so the suite can run beside a running demo.
const APP_PORT = process.env.E2E_APP_PORT ?? "3100";
const SANDBOX_PORT = new URL(process.env.RECHARGE_API_URL ?? "http://127.0.0.1:4110").port;
// e2e/smoke/ runs against a production server only (playwright.smoke.config.ts, `npm run test:smoke`):
// it signs in as operators that a demo app does not have.
const SMOKE_SPECS = /\/e2e\/smoke\//;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, testIgnore: SMOKE_SPECS },
    // The specs that submit batches run first, alone: Recharge's queue is per store, and thousands of
    // tasks (each one a webhook into the app) would slow the timing-sensitive specs beside them.
    {
      name: "batches",
      testMatch: /batches\/batches\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
    {
      name: "chromium",
      testIgnore: [/batches\/batches\.spec\.ts/, /\/e2e\/reliability\//, SMOKE_SPECS],
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup", "batches"],
    },
    // Last and alone: a minute of faults on every call to the shared sandbox would fail the others.
    {
      name: "reliability",
      testMatch: /\/e2e\/reliability\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup", "chromium"],
    },
  ],
  webServer: [
    {
      command: "npx tsx sandbox/main.ts",
      url: `http://127.0.0.1:${SANDBOX_PORT}/`,
      // A bigger bucket than Recharge's: parallel specs share one token. The client's own limiter is
      // tested at Recharge's real size in lib/recharge and measured by `npm run bench`.
      // Batches run 2.5× the default pace: the batch specs watch thousands of tasks to the end.
      env: {
        SANDBOX_PORT,
        NODE_ENV: "development",
        SANDBOX_BUCKET_SIZE: "2000",
        SANDBOX_LEAK_RATE: "200",
        SANDBOX_BATCH_RATE: "250",
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "node scripts/e2e-app.mjs",
      url: `http://localhost:${APP_PORT}/login`,
      env: { E2E_APP_PORT: APP_PORT, RECHARGE_BUCKET_SIZE: "2000", RECHARGE_LEAK_RATE: "200" },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
