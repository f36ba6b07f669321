import { expectNoAxeViolations } from "../fixtures/axe";
import { csvFile, downloadedRows } from "../fixtures/csv";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, mutation, test } from "../fixtures/api";
import type { Sandbox } from "../fixtures/sandbox";

// Recharge (and the sandbox) queue at most two batches per store, so every spec that submits a batch
// lives in this one serial file, run by its own Playwright project before the others
// (playwright.config.ts): nothing else takes a place in the queue, or CPU from the rest, meanwhile.
test.describe.configure({ mode: "serial" });

type Batch = {
  id: number;
  status: string;
  total_task_count: number;
  success_task_count: number;
  fail_task_count: number;
  upload: { created_by: string; file_name: string | null; retry_of: string | null } | null;
};

const run = Date.now().toString(36).toUpperCase();

async function readBatch(api: APIRequestContext, id: number | string): Promise<Batch> {
  return (await (await api.get(`/api/batches/${id}`)).json()).data as Batch;
}

async function submitThroughApi(api: APIRequestContext, tasks: { body: Record<string, unknown> }[]) {
  const response = await api.post("/api/batches", mutation({ batch_type: "discount_create", tasks }));
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).data as Batch;
}

/**
 * A discount_create batch that stays `not_started`: Recharge answers its start as it does when the
 * queue is full (a one-time sandbox fault), so a spec can open pages before it runs.
 */
async function submitHeldBatch(api: APIRequestContext, sandbox: Sandbox, codes: string[]) {
  const held = await sandbox.addFault({
    method: "POST",
    path: "/async_batches/*/process",
    status: 422,
    body: { errors: { async_batch: ["at most 2 batches can be queued"] } },
    times: 1,
  });
  const batch = await submitThroughApi(
    api,
    codes.map((code) => ({ body: { code, value: "5", value_type: "percentage" } })),
  ).finally(() => sandbox.removeFault(held));
  expect(batch.status).toBe("not_started");
  return batch;
}

const progressValue = async (page: Page) =>
  Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"));

test.describe("POST /api/batches", () => {
  test("creates a batch, adds 2,500 tasks in three ordered requests, starts it, and it completes", async ({
    api,
    sandbox,
  }) => {
    // Every body is valid (the server refuses a batch with an invalid one), but five repeat the code
    // of the task before them: those fail in Recharge, as a code already taken does.
    const tasks = Array.from({ length: 2500 }, (_, index) => ({
      body: {
        code: `API${run}${index % 500 === 7 ? index - 1 : index}`,
        value: "10",
        value_type: "percentage",
      },
    }));
    const batch = await submitThroughApi(api.admin, tasks);
    expect(batch.status).toBe("processing");
    expect(batch.total_task_count).toBe(2500);
    expect(batch.upload).toMatchObject({ created_by: "admin@example.com", file_name: null });
    expect(await sandbox.requests("POST", `/async_batches/${batch.id}/tasks`)).toHaveLength(3);

    await expect
      .poll(async () => (await readBatch(api.viewer, batch.id)).status, { timeout: 60_000 })
      .toBe("completed");
    expect(await readBatch(api.viewer, batch.id)).toMatchObject({
      success_task_count: 2495,
      fail_task_count: 5,
    });

    const tasksPage = await (await api.viewer.get(`/api/batches/${batch.id}/tasks?limit=250`)).json();
    expect(tasksPage.data).toHaveLength(250);
    expect(tasksPage.nextCursor).toBeTruthy();

    // Without a file, the failed rows are the task bodies, each with Recharge's reason.
    const failed = (await (await api.viewer.get(`/api/batches/${batch.id}/failed-rows`)).json()).data;
    expect(failed.rows).toHaveLength(5);
    expect(failed.rows[0].error).toMatch(/^code: /);

    // The list comes from the dashboard's own records, newest first, with Recharge's live counts.
    const list = (await (await api.viewer.get("/api/batches?limit=5")).json()).data as Batch[];
    expect(list[0]).toMatchObject({
      id: batch.id,
      status: "completed",
      upload: { created_by: "admin@example.com" },
    });
  });

  test("one task its batch type's schema refuses makes the whole batch a 422 naming the row, before anything is created", async ({
    api,
    sandbox,
  }) => {
    const before = await sandbox.requests("POST", "/async_batches");
    const tasks = [
      { body: { code: `OK${run}A`, value: "10", value_type: "percentage" } },
      { body: { code: "", value: "10", value_type: "percentage" } },
      // The single endpoint's update body is not a batch task ({discount_id, changes} is).
      { body: { code: `OK${run}C`, value: "10", value_type: "percentage", id: 5 } },
    ];
    const response = await api.admin.post("/api/batches", mutation({ batch_type: "discount_create", tasks }));
    expect(response.status()).toBe(422);
    const fields = (await response.json()).error.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(["tasks.1.body.code", "tasks.2.body"]);
    expect(await sandbox.requests("POST", "/async_batches")).toHaveLength(before.length);
  });

  test("more than 10,000 tasks is a 422 before anything is created", async ({ api, sandbox }) => {
    const before = await sandbox.requests("POST", "/async_batches");
    const tasks = Array.from({ length: 10_001 }, (_, index) => ({ body: { code: `X${index}` } }));
    const response = await api.admin.post("/api/batches", mutation({ batch_type: "discount_create", tasks }));
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields.tasks[0]).toMatch(/at most 10,000/);
    expect(await sandbox.requests("POST", "/async_batches")).toHaveLength(before.length);
  });
});

test.describe("uploading a batch as an admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test("2,500 codes: preview, submit, live progress across a reload, failed rows downloaded and retried", async ({
    page,
    api,
    sandbox,
  }) => {
    test.setTimeout(120_000);
    const code = (index: number) => `UP${run}-${index}`;
    const rows = Array.from({ length: 2500 }, (_, index) => [
      code(index),
      "percentage",
      index % 250 === 17 ? "150" : String((index % 90) + 1),
      `note ${index}`,
    ]);
    rows[2499]![0] = code(2498); // the same code twice: both rows must be fixed
    // Three codes that already exist in the store: their tasks fail in Recharge, not in the preview.
    const taken = [100, 200, 300].map(code);
    const existing: number[] = [];
    for (const value of taken) {
      const created = await api.admin.post(
        "/api/discounts",
        mutation({ code: value, value: "5", value_type: "percentage" }),
      );
      expect(created.status(), await created.text()).toBe(200);
      existing.push((await created.json()).data.id);
    }

    await page.goto("/batches/new");
    await expect(page.getByRole("button", { name: "Choose a CSV file" })).toBeEnabled();
    await page
      .getByLabel("CSV file")
      .setInputFiles(csvFile("spring.csv", ["code", "value_type", "value", "notes"], rows));
    await expect(page.getByTestId("valid-count")).toHaveText("2,488");
    await expect(page.getByTestId("invalid-count")).toHaveText("12");
    await expect(page.getByText("Ignored column: notes")).toBeVisible();
    const invalid = page.getByTestId("invalid-rows");
    await expect(invalid).toContainText("must be between 0 and 100");
    await expect(
      invalid.getByRole("row").filter({ hasText: "the same code is also on line 2501" }),
    ).toHaveCount(1);
    await expect(page.getByTestId("valid-rows")).toContainText(
      `{"code":"${code(0)}","value":"1","value_type":"percentage"}`,
    );

    await expectNoAxeViolations(page);
    const toFix = await downloadedRows(page, () =>
      page.getByRole("button", { name: "Download 12 rows to fix (CSV)" }).click(),
    );
    expect(toFix.name).toBe("spring-to-fix.csv");
    expect(toFix.rows[0]).toEqual(["code", "value_type", "value", "notes", "error"]);
    expect(toFix.rows).toHaveLength(13);
    expect(toFix.rows[1]).toEqual([
      code(17),
      "percentage",
      "150",
      "note 17",
      "line 19: value: must be between 0 and 100",
    ]);

    await page.getByRole("button", { name: "Submit 2,488 ready rows…" }).click();
    await page.getByRole("dialog").getByLabel("Reason").fill("spring campaign");
    await page.getByRole("dialog").getByRole("button", { name: "Submit 2,488 rows" }).click();
    await expect(page).toHaveURL(/\/batches\/\d+$/);
    const batchId = Number(page.url().split("/").at(-1));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Batch #${batchId}`);

    // Progress moves, and a reload in the middle picks it up where it is.
    await expect.poll(() => progressValue(page)).toBeGreaterThan(0);
    const before = await progressValue(page);
    await page.reload();
    await expect.poll(() => progressValue(page)).toBeGreaterThan(before);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuemax", "2488");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("completed", { timeout: 60_000 });
    await expect(page.getByTestId("batch-done")).toHaveText("2,488 of 2,488");
    await expect(page.getByTestId("batch-failed")).toHaveText("3");
    await expect(page.getByTestId("batch-eta")).toHaveText("finished");
    await expectNoAxeViolations(page);

    const audit = (await (await api.admin.get(`/api/audit?action=batch.submit&target_id=${batchId}`)).json())
      .data;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      outcome: "succeeded",
      reason: "spring campaign",
      request: { batch_type: "discount_create", task_count: 2488, file_name: "spring.csv" },
    });

    await page.getByLabel("Outcome").selectOption("failed");
    await expect(page.getByRole("table", { name: "Tasks" }).getByRole("row")).toHaveCount(4);

    const failed = await downloadedRows(page, () =>
      page.getByRole("button", { name: "Download 3 failed rows" }).click(),
    );
    expect(failed.rows[0]).toEqual(["code", "value_type", "value", "notes", "error"]);
    expect(failed.rows.slice(1).map((row) => row.slice(0, 4))).toEqual(
      [100, 200, 300].map((index) => rows[index]),
    );
    for (const row of failed.rows.slice(1)) expect(row[4]).toMatch(/^code: /);

    // The cause is fixed elsewhere (the old codes are deleted): retry exactly the failed rows.
    for (const id of existing) {
      const deleted = await api.admin.delete(`/api/discounts/${id}`, mutation({}));
      expect(deleted.status(), await deleted.text()).toBe(200);
    }
    await page.getByRole("link", { name: "Retry failed rows" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Retry the failed rows of batch #${batchId}`,
    );
    await expect(page.getByTestId("valid-count")).toHaveText("3");
    await page.getByRole("button", { name: "Submit 3 ready rows…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Submit 3 rows" }).click();
    await expect(page).toHaveURL(/\/batches\/\d+$/);
    expect(Number(page.url().split("/").at(-1))).not.toBe(batchId);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("completed", { timeout: 30_000 });
    await expect(page.getByTestId("batch-succeeded")).toHaveText("3");
    await expect(page.getByRole("link", { name: `Batch #${batchId}` })).toBeVisible();
    for (const value of taken) {
      const found = await sandbox.get<{ discounts: { id: number }[] }>(`/discounts?discount_code=${value}`);
      expect(found.discounts).toHaveLength(1);
      expect(existing).not.toContain(found.discounts[0]!.id);
    }
  });

  test("a batch page whose refresh fails keeps the last reading, says so, and recovers", async ({
    page,
    api,
    sandbox,
  }) => {
    const batch = await submitHeldBatch(api.admin, sandbox, [`ST${run}`]);

    await page.goto(`/batches/${batch.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("waiting to start");
    const down = await sandbox.addFault({ method: "GET", path: `/async_batches/${batch.id}`, status: 503 });
    try {
      await expect(page.getByTestId("batch-stale")).toContainText("Could not refresh", { timeout: 20_000 });
      await expect(page.getByRole("heading", { level: 1 })).toContainText("waiting to start");
      await expect(page.getByTestId("batch-waiting")).toContainText("saved with all 1 row and");
    } finally {
      await sandbox.removeFault(down);
    }
    await expect(page.getByTestId("batch-stale")).toHaveCount(0, { timeout: 20_000 });
    // Started so it leaves no waiting batch behind.
    await page.getByRole("button", { name: "Start batch now" }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("waiting to start");
  });

  test("when a batch finishes, the open batches list and the discount list it touched update without a reload", async ({
    page,
    browser,
    api,
    sandbox,
  }) => {
    // Held before it starts, so both pages are open before it runs.
    const codes = [0, 1, 2].map((index) => `LV${run}-${index}`);
    const batch = await submitHeldBatch(api.admin, sandbox, codes);

    await page.goto("/batches");
    const row = page.getByRole("row").filter({ hasText: `#${batch.id}` });
    await expect(row).toContainText("waiting to start");
    const discounts = await (await browser.newContext({ storageState: "e2e/.auth/viewer.json" })).newPage();
    await discounts.goto(`/discounts?discount_code=${codes[2]}`);
    await expect(discounts.getByText(/No discounts/)).toBeVisible();

    // Neither page polls on its own: only the webhooks (async_batch/processed, discount/created) do it.
    const started = await api.admin.post(`/api/batches/${batch.id}/process`, mutation({}));
    expect(started.status(), await started.text()).toBe(200);
    await expect(row).toContainText("completed", { timeout: 15_000 });
    await expect(row).toContainText("3 / 0 / 3");
    await expect(discounts.getByRole("row").filter({ hasText: codes[2]! })).toBeVisible();
    await discounts.context().close();
  });

  test("a third batch waits, whole, for a place in Recharge's queue and starts when one is free", async ({
    page,
    api,
  }) => {
    test.setTimeout(120_000);
    // Two blockers of 2,000 tasks (8 s each at the e2e pace): long enough to hold the queue while the
    // third is submitted right behind them, short enough not to load the rest of the suite.
    const big = (prefix: string) =>
      Array.from({ length: 2000 }, (_, index) => ({
        body: { code: `${prefix}${run}-${index}`, value: "5", value_type: "percentage" },
      }));
    const first = await submitThroughApi(api.admin, big("QA"));
    const second = await submitThroughApi(api.admin, big("QB"));
    expect([first.status, second.status]).toEqual(["processing", "processing"]);
    // Submitted right behind the two (no screen in between, so the timing holds on a busy machine).
    const codes = Array.from({ length: 5 }, (_, index) => ({
      body: { code: `QC${run}-${index}`, value: "5", value_type: "percentage" },
    }));
    const third = await submitThroughApi(api.admin, codes);
    expect(third).toMatchObject({
      status: "not_started",
      total_task_count: 5,
      upload: { created_by: "admin@example.com" },
    });
    const refused = await api.admin.post(`/api/batches/${third.id}/process`, mutation({}));
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.message).toContain("already has two batches queued");

    // It stays whole and waiting, whatever the time, until someone starts it.
    await page.goto(`/batches/${third.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("waiting to start");
    await expect(page.getByTestId("batch-waiting")).toContainText("saved with all 5 rows");
    await expectNoAxeViolations(page);

    await expect
      .poll(async () => (await readBatch(api.viewer, first.id)).status, { timeout: 60_000 })
      .toBe("completed");
    await page.getByRole("button", { name: "Start batch now" }).click();
    await expect(page.getByTestId("batch-waiting")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("waiting to start");
    const audit = (
      await (await api.admin.get(`/api/audit?action=batch.process&target_id=${third.id}`)).json()
    ).data;
    expect(audit.map((entry: { outcome: string }) => entry.outcome)).toEqual(["succeeded", "refused"]);
  });
});
