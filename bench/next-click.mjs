// The Next click on /charges, median of `clicks` (20 by default): with the next page already prefetched (what an operator
// normally gets), and without it (the prefetch blocked, so the click has to fetch the page itself).
import { percentile, round } from "./lib/stats.mjs";

const CLICKS = 20;
// The page's prefetch of the next cursor page; the first page comes hydrated from the server.
const NEXT_PAGE_REQUEST = /\/api\/charges\?(?:.*&)?cursor=/;
// The prefetch fails once, is retried once (components/layout/providers.tsx), then rests in error
// with no data: the click then starts a fresh fetch instead of joining one in flight.
const BLOCKED_ATTEMPTS = 2;

/**
 * Aborts the next-page prefetch (and its retry) of the page about to load; resolves once both were
 * refused and the route is gone, so the click's own request goes out untouched.
 */
async function blockNextPagePrefetch(page) {
  let blocked = 0;
  let release;
  const allBlocked = new Promise((resolve) => (release = resolve));
  await page.route(NEXT_PAGE_REQUEST, async (route) => {
    await route.abort("blockedbyclient");
    if (++blocked === BLOCKED_ATTEMPTS) release();
  });
  return async () => {
    let timer;
    const timedOut = new Promise((_, reject) => {
      const fail = () =>
        new Error(`saw ${blocked} of ${BLOCKED_ATTEMPTS} next-page prefetch attempts in 15 s`);
      timer = setTimeout(() => reject(fail()), 15_000);
    });
    await Promise.race([allBlocked, timedOut]).finally(() => clearTimeout(timer));
    await page.unroute(NEXT_PAGE_REQUEST);
  };
}

/** Arms the in-page timer: from the click event to the mutation that changes the first row. */
function armTimer(page) {
  return page.evaluate(() => {
    const button = document.querySelector('button[aria-label="Next page"]');
    const body = document.querySelector("tbody");
    const firstId = body?.querySelector("tr a")?.textContent;
    window.__next = { start: 0, end: 0 };
    button?.addEventListener("click", () => (window.__next.start = performance.now()), {
      capture: true,
      once: true,
    });
    new MutationObserver((_, observer) => {
      if (body?.querySelector("tr a")?.textContent !== firstId) {
        window.__next.end = performance.now();
        observer.disconnect();
      }
    }).observe(body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Click Next once the page has settled; the time runs inside the page, so the automation's own
 * round trips are not counted. `prefetched: false` blocks the prefetch and checks that the click
 * did fetch the next page over the network.
 */
export async function measureNextClicks(context, appUrl, { prefetched, clicks = CLICKS }) {
  const samples = [];
  const page = await context.newPage();
  for (let i = 0; i < clicks; i++) {
    const whenBlocked = prefetched ? null : await blockNextPagePrefetch(page);
    await page.goto(`${appUrl}/charges?limit=50`, { waitUntil: "networkidle" });
    await whenBlocked?.();
    await armTimer(page);
    const fetchedByClick = prefetched ? null : page.waitForRequest(NEXT_PAGE_REQUEST);
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForFunction(() => window.__next.end > 0);
    await fetchedByClick;
    samples.push(await page.evaluate(() => window.__next.end - window.__next.start));
  }
  await page.close();
  return {
    n: samples.length,
    medianMs: round(percentile(samples, 50), 1),
    p95Ms: round(percentile(samples, 95), 1),
  };
}
