// Opening a row and coming back, on /charges: click a charge's link in the table → the record page's
// heading (`Charge #id`) and then its content (the "Schedule and outcome" section) in the DOM; then
// the browser's Back → the list's rows again. Timed inside the page (lib/in-page-timer.mjs), a
// different row each time, each from a settled page.
import { armTimer, readTimer, startNow } from "./lib/in-page-timer.mjs";
import { percentile, round } from "./lib/stats.mjs";

const rowLinks = 'tbody tr a[href^="/charges/"]';

const figure = (samples) => ({
  n: samples.length,
  medianMs: round(percentile(samples, 50), 1),
  p95Ms: round(percentile(samples, 95), 1),
});

/** Until no request is in flight for `quietMs`: the page's own follow-up reads are done. */
async function settle(page, quietMs = 500) {
  let inFlight = 0;
  let last = Date.now();
  const up = () => ((inFlight += 1), (last = Date.now()));
  const down = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
  page.on("request", up);
  page.on("requestfinished", down);
  page.on("requestfailed", down);
  try {
    while (inFlight > 0 || Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
  } finally {
    page.off("request", up);
    page.off("requestfinished", down);
    page.off("requestfailed", down);
  }
}

export async function measureOpenAndBack(context, appUrl, { samples = 8 } = {}) {
  const heading = [];
  const record = [];
  const back = [];
  const page = await context.newPage();
  await page.goto(`${appUrl}/charges?limit=50`, { waitUntil: "networkidle" });
  for (let i = 0; i < samples; i++) {
    const hrefs = await page
      .locator(rowLinks)
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    // Never the first row: Back is timed to that row's reappearance.
    const href = hrefs[1 + (i % (hrefs.length - 1))];
    const id = href.split("/").pop();
    await armTimer(page, {
      startOnClick: `tbody a[href="${href}"]`,
      marks: {
        heading: { selector: "h1", text: `Charge #${id}` },
        record: { selector: "h2", text: "Schedule and outcome" },
      },
    });
    await page.locator(`tbody a[href="${href}"]`).click();
    const opened = await readTimer(page);
    heading.push(opened.heading);
    record.push(opened.record);
    await settle(page);

    await armTimer(page, { marks: { rows: { selector: `tbody a[href="${hrefs[0]}"]` } } });
    await startNow(page, "history.back");
    back.push((await readTimer(page)).rows);
    await settle(page);
  }
  await page.close();
  return { openHeading: figure(heading), openRecord: figure(record), back: figure(back) };
}
