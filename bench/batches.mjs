// Batch figures: parse + validate 10,000 CSV rows in the browser (in the page's Web Worker, as an
// operator's upload runs), and submit a 10,000-task batch through the BFF and time it to completion
// at the sandbox's default pace (100 tasks/s).
import { randomUUID } from "node:crypto";
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { percentile, round } from "./lib/stats.mjs";

const ROWS = 10_000;
const header = [
  "code",
  "value_type",
  "value",
  "status",
  "starts_at",
  "ends_at",
  "applies_to_purchase_item_type",
];
const row = (prefix, index) => [
  `${prefix}${index}`,
  "percentage",
  String((index % 90) + 1),
  "enabled",
  "2027-01-01",
  "2027-02-01",
  "ALL",
];
const csv = (prefix) =>
  [header, ...Array.from({ length: ROWS }, (_, index) => row(prefix, index))]
    .map((cells) => cells.join(","))
    .join("\r\n");

/** Median of 5 uploads: the worker's own time, and file chosen → preview on screen. */
async function measureBrowserCheck({ appUrl, cookie }) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(cookiesFor(cookie, appUrl));
  const page = await context.newPage();
  const worker = [];
  const onScreen = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(`${appUrl}/batches/new`);
    const picker = page.getByRole("button", { name: "Choose a CSV file" });
    await picker.waitFor();
    await page.waitForFunction(() => !document.querySelector("fieldset[disabled] input[type=file]"));
    const file = { name: `bench-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv(`B${run}X`)) };
    const started = Date.now();
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByTestId("valid-count").filter({ hasText: "10,000" }).waitFor();
    onScreen.push(Date.now() - started);
    const summary = await page.getByTestId("preview-summary").innerText();
    worker.push(Number(/checked in (\d+) ms/.exec(summary)?.[1]));
  }
  await browser.close();
  return {
    workerMedianMs: round(percentile(worker, 50), 0),
    toPreviewMedianMs: round(percentile(onScreen, 50), 0),
  };
}

/** One 10,000-task batch: the submit call (create + 10 add-task calls + process), then to completion. */
async function measureBatchRun({ appUrl, cookie }) {
  const tasks = Array.from({ length: ROWS }, (_, index) => ({
    body: { code: `RUN${Date.now().toString(36)}${index}`, value: "10", value_type: "percentage" },
  }));
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/batches`, {
    method: "POST",
    headers: {
      Cookie: cookie,
      Origin: appUrl,
      "Content-Type": "application/json",
      "Idempotency-Key": `bench-${randomUUID()}`,
    },
    body: JSON.stringify({ batch_type: "discount_create", tasks }),
  });
  if (!response.ok) throw new Error(`batch submit → ${response.status}: ${await response.text()}`);
  const submitMs = performance.now() - started;
  const { data } = await response.json();
  let batch = data;
  while (!["completed", "failed"].includes(batch.status)) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    batch = (await (await fetch(`${appUrl}/api/batches/${data.id}`, { headers: { Cookie: cookie } })).json())
      .data;
  }
  const totalSeconds = (performance.now() - started) / 1000;
  return {
    submitMs: round(submitMs, 0),
    completeSeconds: round(totalSeconds, 1),
    tasksPerSecond: round(ROWS / totalSeconds, 1),
    succeeded: batch.success_task_count,
    failed: batch.fail_task_count,
  };
}

export async function measureBatches(stack) {
  const check = await measureBrowserCheck(stack);
  const run = await measureBatchRun(stack);
  return {
    name: `Batches: check ${ROWS.toLocaleString("en-US")} CSV rows in the browser; run a ${ROWS.toLocaleString("en-US")}-task batch at the sandbox's default pace`,
    check,
    run,
    budget: { checkMs: 1000 },
    withinBudget: check.workerMedianMs <= 1000,
  };
}
