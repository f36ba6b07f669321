import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/fixtures/browser";

// The production smoke run (e2e/smoke/), started by `npm run test:smoke` (scripts/smoke-production.mjs),
// which runs Postgres, the sandbox and `next start` itself on free ports and passes them in. No web
// servers here: nothing may fall back to the demo suite's ports (3100/4110) or start a demo app.
const APP_PORT = process.env.E2E_APP_PORT;
if (!APP_PORT || !process.env.RECHARGE_API_URL || !process.env.SMOKE_OPERATOR_PASSWORD) {
  throw new Error("The smoke project runs against a production server: start it with `npm run test:smoke`.");
}

export default defineConfig({
  testDir: "e2e/smoke",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results/smoke",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  // Roomier than the main suite's: these specs check outcomes, not speed (bench/ does that; the live
  // update keeps its own 5 s), and a fresh context's first page can take seconds to hydrate on a
  // busy 2-core CI machine.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "smoke-setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "smoke",
      testMatch: /.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["smoke-setup"],
    },
  ],
});
