// BFF overhead: GET /api/charges?limit=50 through the app vs the same call straight to the sandbox,
// interleaved (A, B, A, B…) so both see the same machine noise. Budget: p50 ≤ 3 ms, p95 ≤ 15 ms.
import { performance } from "node:perf_hooks";
import { summary, round } from "./lib/stats.mjs";

const SAMPLES = 200;
const WARMUP = 20;

async function timed(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} → ${response.status}`);
  return performance.now() - started;
}

export async function measureBffOverhead({ appUrl, sandboxUrl, cookie }) {
  const viaApp = () => timed(`${appUrl}/api/charges?limit=50`, { Cookie: cookie });
  const direct = () =>
    timed(`${sandboxUrl}/charges?limit=50`, {
      "X-Recharge-Access-Token": "sandbox_admin_token",
      "X-Recharge-Version": "2021-11",
    });
  for (let i = 0; i < WARMUP; i++) await Promise.all([viaApp(), direct()]);
  const app = [];
  const upstream = [];
  const difference = [];
  for (let i = 0; i < SAMPLES; i++) {
    const [first, second] = i % 2 ? [direct, viaApp] : [viaApp, direct];
    const a = await first();
    const b = await second();
    const [appMs, directMs] = i % 2 ? [b, a] : [a, b];
    app.push(appMs);
    upstream.push(directMs);
    difference.push(appMs - directMs);
  }
  const overhead = summary(difference);
  return {
    name: "BFF overhead (GET /api/charges?limit=50 vs direct)",
    viaApp: summary(app),
    direct: summary(upstream),
    overhead,
    budget: { p50: 3, p95: 15 },
    withinBudget: overhead.p50 <= 3 && overhead.p95 <= 15,
    ratioP50: round(summary(app).p50 / summary(upstream).p50),
  };
}
