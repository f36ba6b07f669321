// Export pace: every charge (scale 4: ~26,500 rows, ~107 pages of 250) exported through the app
// against Recharge's real bucket (40, draining 2/s), while a person clicks through lists on the same
// app (lib/person.mjs). The bucket is first filled to the bulk lane's ceiling (30 of 40) by direct
// calls with the app's token, as if operators had been busy: the export's pace is then the bucket's
// from its second page on, not a burst's. Budgets: ≥ 1.8 calls/s (90 % of 2/s) and so ≥ 450 rows/s
// from the second page on; the person's p95 ≤ 1 s; no 429 at the sandbox; the export complete.
import { runExport } from "./lib/export-stream.mjs";
import { PERSON_THINK_MS, startPerson } from "./lib/person.mjs";
import { clearRequestLog, loggedRequests } from "./lib/sandbox-control.mjs";
import { round } from "./lib/stats.mjs";

export const EXPORT_STACK = { bucketSize: 40, leakRate: 2, scale: 4 };
const BULK_CEILING = EXPORT_STACK.bucketSize - 10; // the limiter's bulkCeiling (README, "Rate limit")
const PAGE_SIZE = 250;
export const EXPORT_BUDGET = {
  callsPerSecond: 0.9 * EXPORT_STACK.leakRate,
  rowsPerSecond: 0.9 * EXPORT_STACK.leakRate * PAGE_SIZE,
  personP95Ms: 1000,
  status429: 0,
};
const ADMIN = { "X-Recharge-Access-Token": "sandbox_admin_token", "X-Recharge-Version": "2021-11" };

/** Spends `calls` of the app's token's bucket straight at the sandbox; resolves with its level. */
async function fillBucket(sandboxUrl, calls) {
  let level = null;
  for (let i = 0; i < calls; i++) {
    const response = await fetch(`${sandboxUrl}/token_information`, { headers: ADMIN });
    await response.arrayBuffer();
    level = response.headers.get("x-recharge-limit");
  }
  return level;
}

/**
 * Calls, rows and their rates from the second page on: from the first page's arrival (the walk is
 * under way) to the last whole page's (a last page of fewer rows would lower rows/s, not the pace).
 */
export function paceFromSecondPage(pages) {
  const whole = pages.length > 2 && pages.at(-1).rows < PAGE_SIZE ? pages.slice(0, -1) : pages;
  if (whole.length < 2) return { callsPerSecond: null, rowsPerSecond: null };
  const seconds = (whole.at(-1).atMs - whole[0].atMs) / 1000;
  const rows = whole.slice(1).reduce((sum, page) => sum + page.rows, 0);
  return {
    windowCalls: whole.length - 1,
    windowRows: rows,
    windowSeconds: round(seconds, 1),
    callsPerSecond: round((whole.length - 1) / seconds, 2),
    rowsPerSecond: round(rows / seconds, 0),
  };
}

/** What the upstream saw between two wall-clock instants, split into the export's and the person's. */
function upstreamBetween(requests, from, to) {
  const inWindow = requests.filter((request) => {
    const time = Date.parse(request.time);
    return request.token === "admin" && time > from && time <= to;
  });
  const seconds = (to - from) / 1000;
  const exportCalls = inWindow.filter((request) => request.query.limit === String(PAGE_SIZE)).length;
  return {
    exportCallsPerSecond: round(exportCalls / seconds, 2),
    personCallsPerSecond: round((inWindow.length - exportCalls) / seconds, 2),
    totalCallsPerSecond: round(inWindow.length / seconds, 2),
  };
}

/** Ids as an id-desc export must hold them: strictly decreasing, so none twice. */
const strictlyDecreasing = (ids) => ids.every((id, index) => index === 0 || id < ids[index - 1]);

export async function measureExportPace({ appUrl, sandboxUrl, cookie }) {
  const name = `Export pace (every charge, scale ${EXPORT_STACK.scale}, bucket 40, 2/s, filled to ${BULK_CEILING} first; a person reading each page ${PERSON_THINK_MS / 1000} s)`;
  await clearRequestLog(sandboxUrl);
  const levelBefore = await fillBucket(sandboxUrl, BULK_CEILING);
  const person = startPerson({ appUrl, cookie });
  const exported = await runExport({ appUrl, cookie }, { resource: "charges", query: "sort_by=id-desc" });
  const personFigure = await person.stop();
  if (exported.missing || exported.refused)
    return { name, error: exported.missing ?? JSON.stringify(exported.refused), withinBudget: false };

  const logged = await loggedRequests(sandboxUrl);
  const pace = paceFromSecondPage(exported.pages);
  const window = exported.pages.length > 1 ? [exported.pages[0].at, exported.pages.at(-1).at] : null;
  const result = {
    outcome: exported.end?.outcome ?? "no end line",
    rows: exported.end?.rows ?? null,
    pages: exported.pages.length,
    idsInOrder: strictlyDecreasing(exported.ids) && exported.ids.length === exported.end?.rows,
    bucketBefore: levelBefore,
    seconds: round(exported.seconds, 1),
    ...pace,
  };
  const upstream = {
    ...(window ? upstreamBetween(logged, ...window) : {}),
    requests: logged.filter((request) => request.token === "admin").length,
    status429: logged.filter((request) => request.status === 429).length,
  };
  return {
    name,
    export: result,
    upstream,
    person: personFigure,
    budget: EXPORT_BUDGET,
    withinBudget:
      result.outcome === "complete" &&
      result.idsInOrder &&
      pace.callsPerSecond >= EXPORT_BUDGET.callsPerSecond &&
      pace.rowsPerSecond >= EXPORT_BUDGET.rowsPerSecond &&
      personFigure.p95Ms <= EXPORT_BUDGET.personP95Ms &&
      personFigure.failures.length === 0 &&
      upstream.status429 === 0,
  };
}
