// Reads the JSON reports of Vitest and of both Playwright runs (the suite and the production smoke)
// into one tally, printed as the plain closing line ("N passed, N failed") that CI reads whatever the
// runner.
import { existsSync, readFileSync } from "node:fs";

export const VITEST_REPORT = ".data/reports/vitest.json";
export const PLAYWRIGHT_REPORT = ".data/reports/playwright.json";
export const SMOKE_REPORT = ".data/reports/playwright-smoke.json";

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

const sum = (values) => values.reduce((total, value) => total + (value ?? 0), 0);

/** { passed, failed, skipped } over every suite; a missing report counts as nothing run. */
export function tallyTests() {
  const vitest = read(VITEST_REPORT);
  const playwright = [read(PLAYWRIGHT_REPORT), read(SMOKE_REPORT)].map((report) => report?.stats);
  return {
    passed: (vitest?.numPassedTests ?? 0) + sum(playwright.map((stats) => stats?.expected)),
    failed:
      (vitest?.numFailedTests ?? 0) +
      sum(playwright.map((stats) => stats?.unexpected)) +
      sum(playwright.map((stats) => stats?.flaky)),
    skipped: (vitest?.numPendingTests ?? 0) + sum(playwright.map((stats) => stats?.skipped)),
  };
}
