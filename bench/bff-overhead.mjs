// BFF overhead: GET /api/charges?limit=50 through the app vs the same call straight to the sandbox,
// interleaved (A, B, C, A, B, C… in rotating order) so all see the same machine noise. Budget
// (issue #18): p50 ≤ 5 ms, p95 ≤ 15 ms with `Accept-Encoding: identity`, i.e. the app's own work:
// on Vercel the platform compresses at the edge, not the function. The same call with gzip accepted
// (as a browser calls `next start`) is reported beside it: the gap is Next's own gzip of the ~87 kB
// answer. And the floor under both: `GET /api/me` (a Next route handler and the session check, no
// Recharge call) minus the sandbox's most trivial answer, i.e. what a route spends before any
// Recharge work.
import { performance } from "node:perf_hooks";
import { summary, round } from "./lib/stats.mjs";

export const BFF_OVERHEAD_BUDGET = { p50: 5, p95: 15 };
const SAMPLES = 200;
const WARMUP = 20;

async function timed(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} → ${response.status}`);
  return performance.now() - started;
}

const DIRECT = { "X-Recharge-Access-Token": "sandbox_admin_token", "X-Recharge-Version": "2021-11" };

/** Every caller `samples` times, interleaved in rotating order after the warm-up; ms per caller. */
async function interleaved(callers, samples) {
  const names = Object.keys(callers);
  for (let i = 0; i < WARMUP; i++) await Promise.all(names.map((name) => callers[name]()));
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < samples; i++) {
    // Rotate who goes first, so none is always measured right after another's connection work.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      times[name].push(await callers[name]());
    }
  }
  return times;
}

const minus = (a, b) => a.map((value, index) => value - b[index]);

/**
 * Where the identity overhead goes: the same pair of calls with 1 and 250 rows. The difference per
 * row is the app's per-record work (parse, check, write again); what is left at 1 row is fixed.
 */
async function overheadByRows({ appUrl, sandboxUrl, cookie }) {
  const callers = {};
  for (const limit of [1, 250]) {
    callers[`app${limit}`] = () =>
      timed(`${appUrl}/api/charges?limit=${limit}`, { Cookie: cookie, "Accept-Encoding": "identity" });
    callers[`direct${limit}`] = () => timed(`${sandboxUrl}/charges?limit=${limit}`, DIRECT);
  }
  const times = await interleaved(callers, 60);
  const at = (limit) => summary(minus(times[`app${limit}`], times[`direct${limit}`])).p50;
  const [one, many] = [at(1), at(250)];
  return { p50At1Row: one, p50At250Rows: many, msPerRow: round((many - one) / 249, 3) };
}

export async function measureBffOverhead({ appUrl, sandboxUrl, cookie }) {
  const samples = await interleaved(
    {
      app: () => timed(`${appUrl}/api/charges?limit=50`, { Cookie: cookie }),
      appIdentity: () =>
        timed(`${appUrl}/api/charges?limit=50`, { Cookie: cookie, "Accept-Encoding": "identity" }),
      direct: () => timed(`${sandboxUrl}/charges?limit=50`, DIRECT),
      routeAndSession: () => timed(`${appUrl}/api/me`, { Cookie: cookie, "Accept-Encoding": "identity" }),
      // The sandbox's control plane answers `{"faults":[]}` with no store work: plain Node HTTP.
      trivialNode: () => timed(`${sandboxUrl}/__sandbox/faults`, {}),
    },
    SAMPLES,
  );
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
    identityByRows: await overheadByRows({ appUrl, sandboxUrl, cookie }),
    budget: BFF_OVERHEAD_BUDGET,
    withinBudget:
      overheadIdentity.p50 <= BFF_OVERHEAD_BUDGET.p50 && overheadIdentity.p95 <= BFF_OVERHEAD_BUDGET.p95,
    ratioP50: round(summary(samples.app).p50 / summary(samples.direct).p50),
  };
}
