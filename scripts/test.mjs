// npm test: install what is missing, then lint, typecheck, unit/integration tests (PGlite and a real
// Postgres), a production build, the Playwright suite (demo mode) and the production smoke run
// (scripts/smoke-production.mjs). Exits non-zero on the first failure.
import { randomBytes } from "node:crypto";
import { ensureDependencies } from "./lib/dependencies.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { rmSync } from "node:fs";
import { startTestPostgres } from "./lib/postgres.mjs";
import { PLAYWRIGHT_REPORT, VITEST_REPORT, tallyTests } from "./lib/test-counts.mjs";
import { step } from "./lib/processes.mjs";

// One environment for the whole run. The secrets are fresh random canaries each run, so the bundle
// scan and the crawl (e2e/sweeps/crawl.spec.ts) look for values that cannot be in the code by chance.
// The e2e sandbox signs its webhooks with the same secret the app verifies them with.
const webhookSecret = `canary-whsec-${randomBytes(24).toString("base64url")}`;
const env = {
  ...process.env,
  DEMO_MODE: "1",
  RECHARGE_API_URL: "http://127.0.0.1:4110",
  RECHARGE_API_TOKEN: "sandbox_admin_token",
  NEXTAUTH_URL: "http://localhost:3100",
  NEXTAUTH_SECRET: `test-${randomBytes(24).toString("base64url")}`,
  RECHARGE_WEBHOOK_SECRET: webhookSecret,
  SANDBOX_WEBHOOK_SECRET: webhookSecret,
  NEXT_TELEMETRY_DISABLED: "1",
};
delete env.NODE_ENV;
delete env.DATABASE_URL;

async function main() {
  const started = Date.now();
  await ensureDependencies();
  await ensureChromium();
  await step("Lint (eslint)", "npx", ["eslint", "--max-warnings=0", "."], { env });
  await step("Formatting (prettier --check)", "npx", ["prettier", "--check", "--log-level=warn", "."], {
    env,
  });
  await step("Typecheck (next typegen && tsc)", "sh", ["-c", "npx next typegen && npx tsc --noEmit"], {
    env,
  });

  // One throwaway server for the driver tests and, later, the production smoke run (its own database).
  const postgres = await startTestPostgres();
  if (!postgres) {
    if (process.env.CI)
      throw new Error("PostgreSQL could not be installed or started; CI tests both drivers.");
    console.log(
      "! No PostgreSQL here: the Postgres driver tests and the production smoke run are left out (PGlite ones still run).",
    );
  }
  try {
    await step(
      "Unit and integration tests (vitest)",
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`],
      {
        env: { ...env, ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}) },
      },
    );

    await step("Production build (next build)", "npx", ["next", "build"], { env });
    await step("End-to-end tests (playwright)", "npx", ["playwright", "test", "--reporter=list,json"], {
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT },
    });
    if (postgres) {
      // Imported only now: it needs pg and zod, which ensureDependencies may have just installed.
      const { runSmoke } = await import("./smoke-production.mjs");
      await runSmoke({ postgresUrl: postgres.url });
    }
  } finally {
    await postgres?.stop();
  }
  console.log(`\n✓ All checks passed in ${Math.round((Date.now() - started) / 1000)}s`);
}

/** The plain closing line CI reads: "tests: N passed, N failed". */
function printTally() {
  const { passed, failed, skipped } = tallyTests();
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

rmSync(".data/reports", { recursive: true, force: true });
main()
  .then(printTally)
  .catch((error) => {
    printTally();
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
