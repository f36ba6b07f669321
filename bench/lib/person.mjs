// A person clicking through lists while bulk work runs: through the app with their session, one call
// at a time, `GET /api/charges?limit=50`, its next page (the cursor), then the same on customers,
// round and round, reading each page for `thinkMs` before the next click. Each call's latency is
// recorded; stop() ends the loop after the call in flight and resolves with the figures.
import { performance } from "node:perf_hooks";
import { percentile, round } from "./stats.mjs";

/** How long the person reads a 50-row page before clicking on: ~0.2 calls/s of the 2/s bucket. */
export const PERSON_THINK_MS = 5_000;

const RESOURCES = ["charges", "customers"];

export function startPerson({ appUrl, cookie }, { thinkMs = PERSON_THINK_MS } = {}) {
  const samples = [];
  const failures = [];
  let running = true;
  let wake = () => {};
  const pause = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });
  const loop = (async () => {
    let cursor = null;
    for (let click = 0; running; click++) {
      const resource = RESOURCES[Math.floor(click / 2) % RESOURCES.length];
      const onNext = click % 2 === 1;
      const query = new URLSearchParams({ limit: "50", ...(onNext && cursor ? { cursor } : {}) });
      const started = performance.now();
      const response = await fetch(`${appUrl}/api/${resource}?${query}`, {
        headers: { Cookie: cookie },
      }).catch((error) => ({ ok: false, status: 0, error }));
      const body = response.error ? null : await response.json().catch(() => null);
      samples.push(performance.now() - started);
      if (!response.ok)
        failures.push({ resource, status: response.status, body: JSON.stringify(body)?.slice(0, 200) });
      cursor = body?.nextCursor ?? null;
      if (running) await pause(thinkMs);
    }
  })();
  return {
    async stop() {
      running = false;
      wake();
      await loop;
      return {
        calls: samples.length,
        p50Ms: samples.length ? round(percentile(samples, 50), 0) : null,
        p95Ms: samples.length ? round(percentile(samples, 95), 0) : null,
        maxMs: samples.length ? round(Math.max(...samples), 0) : null,
        failures,
      };
    },
  };
}
