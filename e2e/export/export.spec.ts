import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { downloadedRows } from "../fixtures/csv";
import { signIn, storageStatePath } from "../fixtures/operators";
import { startPrivateApp, type PrivateApp } from "../fixtures/private-app";
import { Sandbox } from "../fixtures/sandbox";

// "Export CSV" end to end: the browser, the streaming route, the sandbox. Each test exports a set no
// other spec changes (refunded charges are never refunded again; customers are never deleted).

type ListPage<Key extends string> = Record<Key, { id: number }[]> & { next_cursor: string | null };

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

/** The sandbox's own walk of a list's filter, 250 a page: the ids Recharge would give, in order. */
async function sandboxWalk<Key extends string>(resource: Key, filter: string): Promise<number[]> {
  const ids: number[] = [];
  let page = await sandbox.get<ListPage<Key>>(`/${resource}?${filter}&limit=250`);
  for (;;) {
    ids.push(...page[resource].map((record) => record.id));
    if (!page.next_cursor) return ids;
    page = await sandbox.get<ListPage<Key>>(
      `/${resource}?cursor=${encodeURIComponent(page.next_cursor)}&limit=250`,
    );
  }
}

async function pageAs(browser: Browser, role: "admin" | "agent" | "viewer"): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return context.newPage();
}

const exportButton = (page: Page) => page.getByRole("button", { name: "Export CSV" });

test("a filtered charges view exports exactly the sandbox's walk of that filter, same ids in the same order", async ({
  browser,
}) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/charges?status=refunded&sort_by=id-asc&limit=25");
  await expect(page.getByRole("table", { name: "Charges" })).not.toHaveAttribute("aria-busy", "true");
  const expected = await sandboxWalk("charges", "status=refunded&sort_by=id-asc");
  expect(expected.length).toBeGreaterThan(25); // more than the view's own page

  const { name, rows } = await downloadedRows(page, () => exportButton(page).click());
  const [header, ...records] = rows;
  expect(header?.slice(0, 5)).toEqual(["id", "status", "type", "customer_id", "customer_email"]);
  expect(records.map((row) => Number(row[0]))).toEqual(expected);
  expect(new Set(records.map((row) => row[1]))).toEqual(new Set(["refunded"]));
  expect(name).toMatch(/^charges-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
  const dialog = page.getByRole("dialog", { name: "Export charges" });
  await expect(dialog.getByRole("status")).toHaveText(
    `Saved ${expected.length.toLocaleString("en-US")} rows as ${name}.`,
  );
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(exportButton(page)).toBeFocused();
});

test("Cancel stops the walk within a page, and nothing is saved", async ({ browser }) => {
  const page = await pageAs(browser, "agent");
  // Every export page (they ask 250 at a time) is slowed, so the walk is mid-way when Cancel lands.
  const fault = await sandbox.addFault({
    method: "GET",
    path: "/customers",
    query: { limit: "250" },
    delay_ms: 1_500,
  });
  try {
    const total = (await sandboxWalk("customers", "sort_by=id-asc")).length;
    await page.goto("/customers?sort_by=id-asc");
    let downloads = 0;
    page.on("download", () => downloads++);
    await exportButton(page).click();
    const dialog = page.getByRole("dialog", { name: "Export customers" });
    await expect(dialog.getByRole("status")).toContainText("Exporting… 250 rows · 1 page");
    await dialog.getByRole("button", { name: "Cancel export" }).click();
    await expect(dialog.getByRole("status")).toHaveText(
      /^Export cancelled after [\d,]+ rows\. Nothing was saved\.$/,
    );

    // The audit log has the export, cancelled short of the whole list: the walk stopped.
    const admin = await pageAs(browser, "admin");
    await expect
      .poll(async () => {
        const response = await admin.request.get(
          "/api/audit?action=records.export&operator=agent@example.com&limit=1",
        );
        const [record] = (
          (await response.json()) as { data: { errorCode: string | null; request: { rows?: number } }[] }
        ).data;
        return record?.errorCode === "cancelled" ? record.request.rows : null;
      })
      .toBeLessThanOrEqual(500);
    expect(total).toBeGreaterThan(500);
    expect(downloads).toBe(0);
  } finally {
    await sandbox.removeFault(fault);
  }
});

test("a viewer is not offered an export, and the route refuses one", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  await page.goto("/charges");
  await expect(page.getByRole("table", { name: "Charges" })).toBeVisible();
  await expect(exportButton(page)).toHaveCount(0);
  const response = await page.request.post("/api/exports", { data: { resource: "charges", query: "" } });
  expect(response.status()).toBe(403);
});

test.describe("past the cap", () => {
  // A dashboard of its own (e2e/fixtures/private-app.ts) with a small cap; the shared app keeps 50,000.
  const PASSWORD = `ex-${randomBytes(12).toString("hex")}`;
  const email = `ex-cap-${Date.now().toString(36)}@example.com`;
  let app: PrivateApp;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    app = await startPrivateApp({
      operators: [{ email, name: email, role: "agent" }],
      password: PASSWORD,
      env: { EXPORT_MAX_ROWS: "300" },
    });
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  test("the file stops on a whole row at the cap, says so in its name, and the dialog says narrow the filters", async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, email, PASSWORD);
    await expect(page.getByTestId("operator-name")).toHaveText(email);
    await page.goto("/customers?sort_by=id-asc");
    const expected = (await sandboxWalk("customers", "sort_by=id-asc")).slice(0, 300);

    const { name, rows } = await downloadedRows(page, () => exportButton(page).click());
    expect(name).toMatch(/^customers-.*-first-300-rows\.csv$/);
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(expected);
    const dialog = page.getByRole("dialog", { name: "Export customers" });
    await expect(dialog.getByRole("alert")).toContainText("Stopped at 300 rows: narrow the filters");
    await expect(dialog.getByRole("alert")).toContainText(`Saved the first 300 rows as ${name}.`);
    await context.close();
  });
});
