// Throughput under load: autocannon with 50 connections for 20 s against GET /api/charges?limit=50
// through the app (signed in), then against the same list straight from the sandbox as the ceiling.
// Budget: zero errors (connection errors, timeouts, non-2xx); req/s and p99 are reported as figures.
import autocannon from "autocannon";
import { round } from "./lib/stats.mjs";

const CONNECTIONS = 50;
const DURATION_SECONDS = 20;

async function load(url, headers) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon's `errors` already counts the timeouts; they are shown apart, not added twice.
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const errorCount = (run) => run.connectionErrors + run.timeouts + run.non2xx;

export async function measureThroughput({ appUrl, sandboxUrl, cookie }) {
  const viaApp = await load(`${appUrl}/api/charges?limit=50`, { Cookie: cookie });
  const direct = await load(`${sandboxUrl}/charges?limit=50`, {
    "X-Recharge-Access-Token": "sandbox_admin_token",
    "X-Recharge-Version": "2021-11",
  });
  return {
    name: `Throughput (GET /api/charges?limit=50, ${CONNECTIONS} connections × ${DURATION_SECONDS} s; sandbox direct as the ceiling)`,
    viaApp,
    direct,
    ratioAppToDirect: round(viaApp.requestsPerSecond / direct.requestsPerSecond),
    budget: { errors: 0 },
    withinBudget: errorCount(viaApp) === 0 && errorCount(direct) === 0,
  };
}
