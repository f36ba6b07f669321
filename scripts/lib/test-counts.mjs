// Reads the JSON reports of Vitest and Playwright into one tally, printed as the plain closing line
// ("N passed, N failed") that CI reads whatever the runner.
import { existsSync, readFileSync } from "node:fs";

export const VITEST_REPORT = ".data/reports/vitest.json";
export const PLAYWRIGHT_REPORT = ".data/reports/playwright.json";

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/** { passed, failed, skipped } over both suites; a missing report counts as nothing run. */
export function tallyTests() {
  const vitest = read(VITEST_REPORT);
  const playwright = read(PLAYWRIGHT_REPORT);
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0),
    failed:
      (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0),
    skipped: (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0),
  };
}
