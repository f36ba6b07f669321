// Rate-limit fitness: the app against a sandbox with Recharge's real bucket (40 requests, draining
// 2/s), paging through every charge the way the charges table does, sequentially, never retrying.
// Budget: no 429 (nor any non-200) reaches the caller, and once the burst is spent the app keeps the
// upstream busy at ≥ 90% of the 2 req/s the bucket allows.
import { walkChargesDirect, walkChargesViaApp } from "./lib/charge-walk.mjs";
import { matchesSandbox } from "./lib/matches-sandbox.mjs";
import { clearRequestLog, loggedRequests } from "./lib/sandbox-control.mjs";
import { round } from "./lib/stats.mjs";
import { upstreamPace } from "./lib/upstream-pace.mjs";

/** The stack this figure needs: Recharge's default bucket at the default data size. */
export const RECHARGE_DEFAULT_BUCKET = { bucketSize: 40, leakRate: 2, scale: 1 };

const MIN_SUSTAINED = 0.9 * RECHARGE_DEFAULT_BUCKET.leakRate;
// A full walk at scale 1 is 27 pages of 250, inside the 40-request burst: alone it never meets the
// limiter. So the walk is repeated, back to back, until this many requests come after the burst.
const REQUESTS_AFTER_BURST = 60;

/** Whole walks through the app until the bucket has been paced for REQUESTS_AFTER_BURST requests. */
async function walkRepeatedly(stack) {
  const walks = [];
  let pages = 0;
  while (pages < RECHARGE_DEFAULT_BUCKET.bucketSize + REQUESTS_AFTER_BURST) {
    const walk = await walkChargesViaApp(stack);
    walks.push(walk);
    pages += walk.pages;
    if (walk.failures.length) break; // a client that does not retry stops at its first failure
  }
  return { walks, pages };
}

export async function measureRateLimitFitness({ appUrl, sandboxUrl, cookie }) {
  const before = await walkChargesDirect({ sandboxUrl });
  await clearRequestLog(sandboxUrl);
  const { walks, pages } = await walkRepeatedly({ appUrl, cookie });
  const after = await walkChargesDirect({ sandboxUrl });
  for (const reference of [before, after])
    if (reference.failures.length)
      throw new Error(`direct walk failed: ${JSON.stringify(reference.failures)}`);
  const logged = await loggedRequests(sandboxUrl, { method: "GET", path: "/charges" });
  const upstream = upstreamPace(
    logged.filter((request) => request.token === "admin"),
    RECHARGE_DEFAULT_BUCKET,
  );

  const failures = walks.flatMap((walk) => walk.failures);
  const walk = {
    walks: walks.length,
    pages,
    pagesPerWalk: walks[0].pages,
    rowsPerWalk: walks.map((one) => one.ids.length).join(", "),
    sandboxRowsBefore: before.ids.length,
    sandboxRowsAfter: after.ids.length,
    rowsMatch: walks.every(
      (one) => one.failures.length > 0 || matchesSandbox(one.ids, before.ids, after.ids),
    ),
    duplicateIds: walks.reduce((sum, one) => sum + one.ids.length - new Set(one.ids).size, 0),
    callerNon200: failures.length,
    firstWalkSeconds: round(walks[0].seconds, 1),
    totalSeconds: round(
      walks.reduce((sum, one) => sum + one.seconds, 0),
      1,
    ),
  };
  return {
    name: "Rate-limit fitness (every charge, 250 a page, via the app; bucket 40, 2/s; scale 1)",
    walk,
    upstream,
    failures,
    budget: { callerNon200: 0, sustainedRequestsPerSecond: MIN_SUSTAINED },
    withinBudget:
      walk.callerNon200 === 0 &&
      walk.rowsMatch &&
      walk.duplicateIds === 0 &&
      upstream.sustainedRequestsPerSecond !== null &&
      upstream.sustainedRequestsPerSecond >= MIN_SUSTAINED,
  };
}
