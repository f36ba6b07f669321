// First-load JS of every dashboard page: the compressed bytes of every script a cold load fetches
// until the network is idle (pages.mjs's measurePage: bodies, as `npm run bench:js` counts them;
// with their response headers beside), one load per page since the bytes do not vary between loads. Budget:
// ≤ 190 kB on every page; the summary reports the largest. What the bytes are made of is
// `npm run bench:js`'s (the app's own share beside the framework's).
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { sampleRecordIds } from "./lib/sandbox-records.mjs";
import { measurePage } from "./pages.mjs";

export const FIRST_LOAD_JS_BUDGET_KB = 190;

/** Every page under app/(dashboard), with a real record for the detail pages. */
function dashboardPages(ids) {
  const pages = [
    ["/", "/"],
    ["/charges", "/charges"],
    ["/charges/[id]", `/charges/${ids.charge}`],
    ["/customers", "/customers"],
    ["/customers/[id]", `/customers/${ids.customer}`],
    ["/subscriptions", "/subscriptions"],
    ["/subscriptions/[id]", `/subscriptions/${ids.subscription}`],
    ["/discounts", "/discounts"],
    ["/discounts/new", "/discounts/new"],
    ["/discounts/[id]", `/discounts/${ids.discount}`],
    ["/discounts/[id]/edit", `/discounts/${ids.discount}/edit`],
    ["/batches", "/batches"],
    ["/batches/new", "/batches/new"],
    ["/batches/[id]", ids.batch === null ? null : `/batches/${ids.batch}`],
    ["/audit", "/audit"],
  ];
  return pages.filter(([, path]) => path !== null);
}

export async function measureFirstLoadJs({ appUrl, sandboxUrl, cookie }) {
  const browser = await launchBrowser();
  const cookies = cookiesFor(cookie, appUrl);
  const pages = {};
  for (const [name, path] of dashboardPages(await sampleRecordIds(sandboxUrl))) {
    const { firstLoadJsKb, firstLoadJsWireKb } = await measurePage(
      browser,
      cookies,
      `${appUrl}${path}`,
      "h1",
    );
    pages[name] = { kB: firstLoadJsKb, "kB with headers": firstLoadJsWireKb };
  }
  await browser.close();
  const [largestPage, { kB: largestKb }] = Object.entries(pages).sort((a, b) => b[1].kB - a[1].kB)[0];
  return {
    name: "First-load JS (compressed kB, one cold load per page)",
    pages,
    largestPage,
    largestKb,
    budget: { kb: FIRST_LOAD_JS_BUDGET_KB },
    withinBudget: largestKb <= FIRST_LOAD_JS_BUDGET_KB,
  };
}
