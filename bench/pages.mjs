// Page budgets in a real Chromium: LCP, CLS and total blocking time of /charges, /customers and a
// customer page; first-load JS (compressed bytes of every script the page loads); and the time
// from clicking Next to the new rows on screen, with the next page prefetched and without.
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { measureNextClicks } from "./next-click.mjs";
import { percentile, round } from "./lib/stats.mjs";

// Installed before any page script: records LCP, layout shifts and long tasks as they happen.
const OBSERVERS = `
  window.__perf = { lcp: 0, cls: 0, tbt: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.tbt += Math.max(0, e.duration - 50); })
    .observe({ type: "longtask", buffered: true });
`;

/** One cold load: a fresh context each time, so no script comes from the browser cache. */
async function measurePage(browser, cookies, url, readySelector) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  let scriptBytes = 0;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const scripts = new Set();
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
  });
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator(readySelector).first().waitFor();
  const perf = await page.evaluate(() => window.__perf);
  await context.close();
  return {
    lcpMs: round(perf.lcp, 0),
    cls: round(perf.cls, 3),
    tbtMs: round(perf.tbt, 0),
    firstLoadJsKb: round(scriptBytes / 1024, 1),
  };
}

export async function measurePages({ appUrl, cookie, customerId }) {
  const browser = await launchBrowser();
  const cookies = cookiesFor(cookie, appUrl);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(cookies);
  const pages = {};
  for (const [name, url] of [
    ["/charges", `${appUrl}/charges`],
    ["/customers", `${appUrl}/customers`],
    ["/customers/[id]", `${appUrl}/customers/${customerId}`],
  ]) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await measurePage(browser, cookies, url, "h1"));
    const median = (key) =>
      round(
        percentile(
          runs.map((run) => run[key]),
          50,
        ),
        3,
      );
    pages[name] = {
      lcpMs: median("lcpMs"),
      cls: median("cls"),
      tbtMs: median("tbtMs"),
      firstLoadJsKb: median("firstLoadJsKb"),
    };
  }
  const nextPrefetched = await measureNextClicks(context, appUrl, { prefetched: true });
  // Informational: what the click costs when the prefetch has not happened (no budget).
  const nextNotPrefetched = await measureNextClicks(context, appUrl, { prefetched: false });
  await browser.close();
  const within = Object.values(pages).every(
    (page) => page.lcpMs <= 1000 && page.cls <= 0.02 && page.firstLoadJsKb <= 170,
  );
  return {
    name: "Pages (median of 5 loads; Next: median of 20 clicks)",
    pages,
    nextClickPrefetched: nextPrefetched,
    nextClickNotPrefetched: nextNotPrefetched,
    budget: { lcpMs: 1000, cls: 0.02, firstLoadJsKb: 170, nextClickPrefetchedMs: 100 },
    withinBudget: within && nextPrefetched.medianMs <= 100,
  };
}
