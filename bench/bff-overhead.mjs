// BFF overhead: GET /api/charges?limit=50 through the app vs the same call straight to the sandbox,
// interleaved (A, B, C, A, B, C… in rotating order) so all see the same machine noise. Budget:
// p50 ≤ 3 ms, p95 ≤ 15 ms, judged as a browser calls `next start` (gzip accepted). The same call
// with `Accept-Encoding: identity` is measured beside it, to show what Next's own gzip of the ~87 kB
// answer costs: on Vercel the platform compresses at the edge, not the function. And the floor under
// both: `GET /api/me` (a Next route handler and the session check, no Recharge call) minus the
// sandbox's most trivial answer, i.e. what the budget has already spent before any Recharge work.
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
  const callers = {
    app: () => timed(`${appUrl}/api/charges?limit=50`, { Cookie: cookie }),
    appIdentity: () =>
      timed(`${appUrl}/api/charges?limit=50`, { Cookie: cookie, "Accept-Encoding": "identity" }),
    direct: () =>
      timed(`${sandboxUrl}/charges?limit=50`, {
        "X-Recharge-Access-Token": "sandbox_admin_token",
        "X-Recharge-Version": "2021-11",
      }),
    routeAndSession: () => timed(`${appUrl}/api/me`, { Cookie: cookie, "Accept-Encoding": "identity" }),
    // The sandbox's control plane answers `{"faults":[]}` with no store work: plain Node HTTP.
    trivialNode: () => timed(`${sandboxUrl}/__sandbox/faults`, {}),
  };
  const names = Object.keys(callers);
  for (let i = 0; i < WARMUP; i++) await Promise.all(names.map((name) => callers[name]()));
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < SAMPLES; i++) {
    // Rotate who goes first, so none is always measured right after another's connection work.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      samples[name].push(await callers[name]());
    }
  }
  const minus = (a, b) => a.map((value, index) => value - b[index]);
  const overhead = summary(minus(samples.app, samples.direct));
  const overheadIdentity = summary(minus(samples.appIdentity, samples.direct));
  const routeAndSessionFloor = summary(minus(samples.routeAndSession, samples.trivialNode));
  return {
    name: "BFF overhead (GET /api/charges?limit=50 vs direct)",
    viaApp: summary(samples.app),
    viaAppIdentity: summary(samples.appIdentity),
    direct: summary(samples.direct),
    overhead,
    overheadIdentity,
    routeAndSessionFloor,
    budget: { p50: 3, p95: 15 },
    withinBudget: overhead.p50 <= 3 && overhead.p95 <= 15,
    ratioP50: round(summary(samples.app).p50 / summary(samples.direct).p50),
  };
}
