// Page figures in a real Chromium at no added upstream latency: LCP, CLS and total blocking time of
// /charges, /customers and a customer page; first-load JS (compressed bytes of every script the page
// loads; first-load-js.mjs covers every page); and the Next click without its prefetch
// (informational). The prefetched Next click, with the other latency figures, is latency.mjs's.
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { measureNextClicks } from "./next-click.mjs";
import { percentile, round } from "./lib/stats.mjs";

// Installed before any page script: records LCP, layout shifts and long tasks as they happen.
const OBSERVERS = `
  window.__perf = { lcp: 0, cls: 0, tbt: 0, fcp: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__perf.fcp = e.startTime; })
    .observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.tbt += Math.max(0, e.duration - 50); })
    .observe({ type: "longtask", buffered: true });
`;

/**
 * One cold load: a fresh context each time, so no script comes from the browser cache. First-load
 * JS is the compressed body bytes of every script fetched until the network is idle (resource
 * timing's encodedBodySize, as `npm run bench:js` counts them); `firstLoadJsWireKb` is what the
 * network log counts, each response's headers included (~0.8 kB a script here).
 */
export async function measurePage(browser, cookies, url, readySelector) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  // The wire bytes of each script (headers included), from the network log.
  let scriptWireBytes = 0;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const scripts = new Set();
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) scriptWireBytes += event.encodedDataLength;
  });
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator(readySelector).first().waitFor();
  const perf = await page.evaluate(() => {
    const scripts = new Map(); // by URL, in case one script is fetched twice
    for (const entry of performance.getEntriesByType("resource"))
      if (new URL(entry.name).pathname.endsWith(".js")) scripts.set(entry.name, entry);
    return {
      ...window.__perf,
      ttfb: performance.getEntriesByType("navigation")[0]?.responseStart ?? 0,
      scriptBytes: [...scripts.values()].reduce((total, entry) => total + entry.encodedBodySize, 0),
    };
  });
  await context.close();
  return {
    lcpMs: round(perf.lcp, 0),
    // Where the LCP went: the server's first byte (its render waits on Recharge), first paint.
    ttfbMs: round(perf.ttfb, 0),
    fcpMs: round(perf.fcp, 0),
    cls: round(perf.cls, 3),
    tbtMs: round(perf.tbt, 0),
    firstLoadJsKb: round(perf.scriptBytes / 1024, 1),
    firstLoadJsWireKb: round(scriptWireBytes / 1024, 1),
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
    // A first load unmeasured: a fresh server loads a route's code on its first render.
    await measurePage(browser, cookies, url, "h1");
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
      ttfbMs: median("ttfbMs"),
      fcpMs: median("fcpMs"),
      cls: median("cls"),
      tbtMs: median("tbtMs"),
      firstLoadJsKb: median("firstLoadJsKb"),
      firstLoadJsWireKb: median("firstLoadJsWireKb"),
    };
  }
  // Informational: what the click costs when the prefetch has not happened (no budget).
  const nextNotPrefetched = await measureNextClicks(context, appUrl, { prefetched: false });
  await browser.close();
  return {
    name: "Pages, no added latency (median of 5 loads after a warm-up; Next not prefetched: median of 20 clicks)",
    pages,
    nextClickNotPrefetched: nextNotPrefetched,
    budget: { lcpMs: 1000, cls: 0.02 },
    withinBudget: Object.values(pages).every((page) => page.lcpMs <= 1000 && page.cls <= 0.02),
  };
}
