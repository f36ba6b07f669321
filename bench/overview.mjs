// The overview's pulse (#19): LCP of `/` with no snapshot yet (cold: the tiles say they are counting
// and a refresh starts after the answer) and with fresh snapshots (warm), and what the cold refresh
// cost upstream: its calls by path and how long until every tile had figures. Run first on a fresh
// app, so the snapshots really are cold; the route's code is loaded beforehand by a signed-out
// request, which is redirected before any snapshot is read.
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { clearRequestLog, loggedRequests } from "./lib/sandbox-control.mjs";
import { percentile, round } from "./lib/stats.mjs";
import { measurePage } from "./pages.mjs";

const BUDGET_LCP_MS = 1000;

async function pulse(appUrl, cookie) {
  const response = await fetch(`${appUrl}/api/pulse`, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`GET /api/pulse → ${response.status}`);
  return (await response.json()).data;
}

const walkedTiles = (view) => Object.entries(view.tiles).filter(([, tile]) => "refreshing" in tile);

export async function measureOverview({ appUrl, sandboxUrl, cookie }) {
  await fetch(`${appUrl}/`, { redirect: "manual" });
  await clearRequestLog(sandboxUrl);
  const browser = await launchBrowser();
  const cookies = cookiesFor(cookie, appUrl);
  try {
    const opened = Date.now();
    const cold = await measurePage(browser, cookies, `${appUrl}/`, "h1");
    // The refresh the cold load claimed runs after its answer: wait until every tile has figures.
    for (;;) {
      const view = await pulse(appUrl, cookie);
      const tiles = walkedTiles(view);
      if (tiles.length > 0 && tiles.every(([, tile]) => !tile.refreshing && tile.figures)) break;
      if (Date.now() - opened > 120_000) throw new Error("the cold refresh did not finish within 2 min");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const refreshMs = Date.now() - opened;
    const calls = await loggedRequests(sandboxUrl);
    const byPath = {};
    for (const call of calls) byPath[call.path] = (byPath[call.path] ?? 0) + 1;

    await clearRequestLog(sandboxUrl);
    const warmRuns = [];
    for (let i = 0; i < 5; i++) warmRuns.push(await measurePage(browser, cookies, `${appUrl}/`, "h1"));
    const warmCalls = (await loggedRequests(sandboxUrl)).filter((call) => call.path !== "/async_batches");
    const median = (key) =>
      round(
        percentile(
          warmRuns.map((run) => run[key]),
          50,
        ),
        0,
      );
    return {
      name: "Overview (pulse)",
      cold: { lcpMs: cold.lcpMs, ttfbMs: cold.ttfbMs },
      warm: { lcpMs: median("lcpMs"), ttfbMs: median("ttfbMs") },
      coldRefresh: { ms: refreshMs, upstreamCalls: calls.length, byPath },
      // Fresh snapshots: opening the overview walks nothing (the batches tile reads one page live).
      warmListCalls: warmCalls.length,
      budget: { lcpMs: BUDGET_LCP_MS },
      withinBudget: cold.lcpMs <= BUDGET_LCP_MS && median("lcpMs") <= BUDGET_LCP_MS,
    };
  } finally {
    await browser.close();
  }
}
