// npm run bench: builds when stale, starts its own stacks (sandbox and app) on free ports, measures,
// prints a table per figure and, last, one summary table of every figure beside its budget, and
// writes bench/results.json. Budgets are reported, not asserted: the machine is noisy. A figure that
// fails is reported as not measured; the others still run.
import { writeFileSync } from "node:fs";
import { buildIfStale } from "../scripts/lib/build.mjs";
import { ensureDependencies } from "../scripts/lib/dependencies.mjs";
import { stopAll } from "../scripts/lib/processes.mjs";
import { measureBatches } from "./batches.mjs";
import { measureBffOverhead } from "./bff-overhead.mjs";
import { EXPORT_STACK, measureExportPace } from "./export-pace.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { measureInstances } from "./instances.mjs";
import { measureLatencies } from "./latency.mjs";
import { measureOverview } from "./overview.mjs";
import { sampleCustomerId } from "./lib/sandbox-records.mjs";
import { BENCH_BUILD_ENV, signIn, startStack } from "./lib/servers.mjs";
import { formatSummary, summaryRows } from "./lib/summary.mjs";
import { measurePages } from "./pages.mjs";
import { measureRateLimitFitness, RECHARGE_DEFAULT_BUCKET } from "./rate-limit-fitness.mjs";
import { measureThroughput } from "./throughput.mjs";
import * as print from "./lib/print-figures.mjs";

const runStarted = Date.now();
const seconds = (since) => Math.round((Date.now() - since) / 1000);
await ensureDependencies();
await buildIfStale(BENCH_BUILD_ENV);
const results = { date: new Date().toISOString(), node: process.version, figures: [] };
const figures = {};

/** Measures one figure; a failure is recorded as the figure's error and the run goes on. */
async function measure(key, label, run, show) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  try {
    figures[key] = await run();
    show(figures[key]);
  } catch (error) {
    console.error(error);
    figures[key] = { name: label, error: error instanceof Error ? error.message : String(error) };
  }
  results.figures.push({ key, seconds: seconds(started), ...figures[key] });
  console.log(`  (${seconds(started)} s)`);
}

/** A stack for the figures that need it, stopped afterwards; one that fails to start is reported. */
async function withStack(options, measureOn) {
  let stack;
  try {
    stack = await startStack(options);
    await measureOn({ ...stack, cookie: await signIn(stack.appUrl) });
  } catch (error) {
    console.error(`A stack (${JSON.stringify(options)}) failed:`, error);
  } finally {
    await stack?.stop();
  }
}

const benchStarted = Date.now();
// No added latency, raised bucket: the app's own costs.
await withStack({}, async (stack) => {
  // First, while the app's snapshots are still cold.
  await measure("overview", "Overview (pulse) cold and warm", () => measureOverview(stack), print.overview);
  await measure("overhead", "BFF overhead", () => measureBffOverhead(stack), print.overhead);
  await measure("throughput", "Throughput", () => measureThroughput(stack), print.throughput);
  const customerId = await sampleCustomerId(stack.sandboxUrl);
  await measure("pages", "Pages", () => measurePages({ ...stack, customerId }), print.pages);
  await measure("batches", "Batches", () => measureBatches(stack), print.batches);
  // After the batches, so that /batches/[id] has a batch to show.
  await measure(
    "firstLoadJs",
    "First-load JS, every page",
    () => measureFirstLoadJs(stack),
    print.firstLoadJs,
  );
  await measure("latency", "Latency 0 / 300 / 800 ms", () => measureLatencies(stack), print.latency);
});
// Recharge's real bucket from here on: the limiter is what is measured.
await withStack(RECHARGE_DEFAULT_BUCKET, (stack) =>
  measure("fitness", "Rate-limit fitness", () => measureRateLimitFitness(stack), print.fitness),
);
await withStack(EXPORT_STACK, (stack) =>
  measure("exportPace", "Export pace", () => measureExportPace(stack), print.exportPace),
);
await measure("instances", "Three instances", () => measureInstances(), print.instances);

const rows = summaryRows(figures);
results.summary = rows;
results.seconds = { total: seconds(runStarted), measuring: seconds(benchStarted) };
console.log(
  `\nSummary (measuring took ${results.seconds.measuring} s; ${results.seconds.total} s with install and build)\n`,
);
console.log(formatSummary(rows));
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nWrote bench/results.json");
stopAll(0);
