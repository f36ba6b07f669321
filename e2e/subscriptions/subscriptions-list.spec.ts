import { expect, test, type Page } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

test.use({ storageState: "e2e/.auth/viewer.json" });

// Paging specs walk `status=expired`: no action changes an expired subscription, so parallel specs
// that skip or cancel cannot move rows between the sandbox's pages and the browser's.

type SubscriptionPage = {
  subscriptions: { id: number; customer_id: number }[];
  next_cursor: string | null;
};

const table = (page: Page) => page.getByRole("table", { name: "Subscriptions" });

/** The subscription ids on screen, in order (the ID column reads "#312877501"). */
async function shownIds(page: Page): Promise<number[]> {
  await expect(table(page)).not.toHaveAttribute("aria-busy", "true");
  const cells = await table(page)
    .getByRole("cell", { name: /^#\d+$/ })
    .allTextContents();
  return cells.map((text) => Number(text.slice(1)));
}

const ids = (page: SubscriptionPage) => page.subscriptions.map((subscription) => subscription.id);

/** The first `count` pages of a sandbox list, walked with the sandbox's own cursors. */
async function sandboxPages(sandbox: Sandbox, query: string, limit: number, count: number) {
  let current = await sandbox.get<SubscriptionPage>(`/subscriptions?${query}&limit=${limit}`);
  const pages = [ids(current)];
  while (pages.length < count && current.next_cursor) {
    current = await sandbox.get<SubscriptionPage>(
      `/subscriptions?cursor=${encodeURIComponent(current.next_cursor)}&limit=${limit}`,
    );
    pages.push(ids(current));
  }
  return pages;
}

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("subscriptions list", () => {
  test("the first page is the sandbox's first page, newest first, in the server-rendered HTML", async ({
    page,
  }) => {
    // No spec creates subscriptions, so the unfiltered id-desc page is stable.
    const expected = await sandbox.get<SubscriptionPage>("/subscriptions?limit=50");
    const response = await page.goto("/subscriptions");
    expect(await response?.text()).toContain(`href="/subscriptions/${expected.subscriptions[0]!.id}"`);
    expect(await shownIds(page)).toEqual(ids(expected));
    await expect(page.getByRole("heading", { level: 1, name: "Subscriptions" })).toBeVisible();
  });

  test("Next three times and Previous back: the sandbox's pages, no overlap, identical on the way back", async ({
    page,
  }) => {
    const expected = await sandboxPages(sandbox, "status=expired", 25, 4);
    await page.goto("/subscriptions?status=expired&limit=25");
    expect(await shownIds(page)).toEqual(expected[0]);

    for (let step = 1; step <= 3; step++) {
      await page.getByRole("button", { name: "Next page" }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(page.getByText(`Rows ${step * 25 + 1}–`)).toBeVisible();
      expect(await shownIds(page)).toEqual(expected[step]);
    }
    const all = expected.flat();
    expect(new Set(all).size).toBe(100);

    for (let step = 2; step >= 0; step--) {
      await page.getByRole("button", { name: "Previous page" }).click();
      await expect(page.getByText(`Rows ${step * 25 + 1}–`)).toBeVisible();
      expect(await shownIds(page)).toEqual(expected[step]);
    }
    await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();
  });

  test("browser Back and Forward move between pages, and reloading a page-3 URL shows the same rows", async ({
    page,
  }) => {
    const expected = await sandboxPages(sandbox, "status=expired", 25, 3);
    await page.goto("/subscriptions?status=expired&limit=25");
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByText("Rows 26–")).toBeVisible();
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByText("Rows 51–")).toBeVisible();
    // The rows can paint a moment before nuqs writes the URL (it batches updates), so wait for it.
    await expect(page).toHaveURL(/offset=50(&|$)/);
    const pageThreeUrl = page.url();
    expect(await shownIds(page)).toEqual(expected[2]);

    await page.goBack();
    await expect(page.getByText("Rows 26–")).toBeVisible();
    expect(await shownIds(page)).toEqual(expected[1]);
    await page.goBack();
    await expect(page.getByText("Rows 1–")).toBeVisible();
    expect(await shownIds(page)).toEqual(expected[0]);
    await page.goForward();
    await expect(page.getByText("Rows 26–")).toBeVisible();
    expect(await shownIds(page)).toEqual(expected[1]);
    await page.goForward();
    await expect(page).toHaveURL(pageThreeUrl);

    await page.reload();
    await expect(page.getByText("Rows 51–")).toBeVisible();
    expect(await shownIds(page)).toEqual(expected[2]);
  });

  test("changing a filter or the sort restarts at the filtered set's first page", async ({ page }) => {
    await page.goto("/subscriptions?limit=25");
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);

    await page.getByLabel("Status").selectOption("expired");
    await expect(page).toHaveURL(/status=expired/);
    await expect(page).not.toHaveURL(/cursor=/);
    const filtered = await sandbox.get<SubscriptionPage>("/subscriptions?status=expired&limit=25");
    expect(await shownIds(page)).toEqual(ids(filtered));

    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await table(page).getByRole("button", { name: "Created" }).click();
    await expect(page).toHaveURL(/sort_by=created_at-desc/);
    await expect(page).not.toHaveURL(/cursor=/);
    await expect(table(page).getByRole("columnheader", { name: "Created" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const sorted = await sandbox.get<SubscriptionPage>(
      "/subscriptions?status=expired&sort_by=created_at-desc&limit=25",
    );
    expect(await shownIds(page)).toEqual(ids(sorted));
  });

  test("Find subscription shows exactly that id; an unknown id shows the empty state naming it", async ({
    page,
  }) => {
    const target = await sandbox.claim<{ id: number }>("subscriptions", "status=expired");
    await page.goto("/subscriptions");
    const search = page.getByRole("searchbox", { name: "Find subscription" });
    await expect(search).toHaveAccessibleDescription("Exact subscription id");

    await search.fill(String(target.id));
    await expect(page).toHaveURL(new RegExp(`ids=${target.id}`));
    expect(await shownIds(page)).toEqual([target.id]);

    const none = await sandbox.get<SubscriptionPage>("/subscriptions?ids=1");
    expect(none.subscriptions).toHaveLength(0);
    await search.fill("1");
    await expect(page).toHaveURL(/ids=1(&|$)/);
    await expect(page.getByTestId("data-table-empty")).toContainText("No subscriptions with id 1.");
  });

  test("an id with letters is flagged and not applied", async ({ page }) => {
    await page.goto("/subscriptions");
    const search = page.getByRole("searchbox", { name: "Find subscription" });
    await search.fill("12ab");
    await expect(search).toHaveAttribute("aria-invalid", "true");
    await expect(search).toHaveAccessibleDescription(/Only digits/);
    await search.press("Enter");
    await expect(page).not.toHaveURL(/ids=/);
  });

  test("the customer id filter lists that customer's subscriptions", async ({ page }) => {
    const target = await sandbox.claim<{ id: number; customer_id: number }>(
      "subscriptions",
      "status=expired",
    );
    await page.goto("/subscriptions");
    await page.getByRole("searchbox", { name: "Customer id" }).fill(String(target.customer_id));
    await expect(page).toHaveURL(new RegExp(`customer_id=${target.customer_id}`));
    const expected = await sandbox.get<SubscriptionPage>(
      `/subscriptions?customer_id=${target.customer_id}&limit=50`,
    );
    expect(await shownIds(page)).toEqual(ids(expected));
    expect(await shownIds(page)).toContain(target.id);
  });

  test("clicking a row or pressing Enter on it opens the subscription", async ({ page }) => {
    const expected = await sandbox.get<SubscriptionPage>("/subscriptions?status=expired&limit=50");
    const [first, second] = expected.subscriptions;
    await page.goto("/subscriptions?status=expired");
    await table(page).getByRole("row").nth(1).getByRole("cell").nth(4).click();
    await expect(page).toHaveURL(`/subscriptions/${first!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goBack();
    const row = table(page).getByRole("row").nth(2);
    await row.focus();
    await row.press("Enter");
    await expect(page).toHaveURL(`/subscriptions/${second!.id}`);
  });
});
