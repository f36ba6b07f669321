// npm run bench: builds when stale, starts its own sandbox and app on free ports, measures, prints a
// table and writes bench/results.json. Budgets are reported, not asserted: the machine is noisy.
import { writeFileSync } from "node:fs";
import { buildIfStale } from "../scripts/lib/build.mjs";
import { ensureDependencies } from "../scripts/lib/dependencies.mjs";
import { measureBatches } from "./batches.mjs";
import { measureBffOverhead } from "./bff-overhead.mjs";
import { measurePages } from "./pages.mjs";
import { measureRateLimitFitness, RECHARGE_DEFAULT_BUCKET } from "./rate-limit-fitness.mjs";
import { measureThroughput } from "./throughput.mjs";
import { stopAll } from "../scripts/lib/processes.mjs";
import { BENCH_BUILD_ENV, sampleCustomerId, signIn, startStack } from "./lib/servers.mjs";

await ensureDependencies();
await buildIfStale(BENCH_BUILD_ENV);
const stack = await startStack();
const cookie = await signIn(stack.appUrl);
const results = { date: new Date().toISOString(), node: process.version, figures: [] };

const overhead = await measureBffOverhead({ ...stack, cookie });
results.figures.push(overhead);
console.log(`\n${overhead.name}`);
console.table({
  "via app (gzip)": overhead.viaApp,
  "via app (identity)": overhead.viaAppIdentity,
  direct: overhead.direct,
  overhead: overhead.overhead,
  "overhead (identity)": overhead.overheadIdentity,
  "floor: Next route + session (/api/me − trivial Node)": overhead.routeAndSessionFloor,
});
console.log(
  `budget p50 ≤ ${overhead.budget.p50} ms, p95 ≤ ${overhead.budget.p95} ms: ${overhead.withinBudget ? "within" : "OVER"}`,
);

const throughput = await measureThroughput({ ...stack, cookie });
results.figures.push(throughput);
console.log(`\n${throughput.name}`);
console.table({ "via app": throughput.viaApp, direct: throughput.direct });
console.log(
  `app/direct req/s: ${throughput.ratioAppToDirect}; budget: zero errors: ${throughput.withinBudget ? "within" : "OVER"}`,
);

const pages = await measurePages({
  appUrl: stack.appUrl,
  cookie,
  customerId: await sampleCustomerId(stack.sandboxUrl),
});
results.figures.push(pages);
console.log(`\n${pages.name}`);
console.table(pages.pages);
console.table({
  "Next click, prefetched": pages.nextClickPrefetched,
  "Next click, not prefetched": pages.nextClickNotPrefetched,
});
console.log(
  `budgets LCP ≤ 1 s, CLS ≤ 0.02, first-load JS ≤ 170 kB, prefetched Next ≤ 100 ms: ${pages.withinBudget ? "within" : "OVER"}`,
);

const batches = await measureBatches({ ...stack, cookie });
results.figures.push(batches);
console.log(`\n${batches.name}`);
console.table({ "browser check": batches.check, "10,000-task batch": batches.run });
console.log(`budget: parse + validate 10,000 rows < 1 s: ${batches.withinBudget ? "within" : "OVER"}`);

// Last, on a second stack of its own: Recharge's real bucket, so the limiter is what is measured.
const realBucket = await startStack(RECHARGE_DEFAULT_BUCKET);
const fitness = await measureRateLimitFitness({ ...realBucket, cookie: await signIn(realBucket.appUrl) });
results.figures.push(fitness);
console.log(`\n${fitness.name}`);
console.table(fitness.walk);
console.table(fitness.upstream);
if (fitness.failures.length) console.table(fitness.failures);
console.log(
  `budget: no non-200 to the caller, ≥ ${fitness.budget.sustainedRequestsPerSecond} req/s after the burst: ${fitness.withinBudget ? "within" : "OVER"}`,
);

writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nWrote bench/results.json");
stopAll(0);
