import { expect, test, type Page } from "@playwright/test";
import { clickUntil } from "../fixtures/click-until";
import { Sandbox } from "../fixtures/sandbox";

test.use({ storageState: "e2e/.auth/admin.json" });

type Customer = { id: number; email: string; first_name: string | null; last_name: string | null };
type CustomerPage = { customers: Customer[]; next_cursor: string | null };

const customersTable = (page: Page) => page.getByRole("table", { name: "Customers" });
/** The ID column's cells ("#93415041"), in order. */
const idCells = (page: Page) => customersTable(page).getByRole("cell", { name: /^#\d+$/ });
const asCells = (customers: { id: number }[]) => customers.map((customer) => `#${customer.id}`);
const urlParam = (page: Page, key: string) => () => new URL(page.url()).searchParams.get(key);

/** The customer ids on screen, once the table has settled. */
async function shownIds(page: Page): Promise<number[]> {
  await expect(customersTable(page)).not.toHaveAttribute("aria-busy", "true");
  return (await idCells(page).allTextContents()).map((text) => Number(text.slice(1)));
}

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("customers list", () => {
  test("the first page is the sandbox's first page (newest first), rendered with the first paint", async ({
    page,
  }) => {
    const expected = await sandbox.get<CustomerPage>("/customers?limit=50");
    await page.goto("/customers");
    await expect(idCells(page)).toHaveText(asCells(expected.customers));
  });

  test("Next three times and Previous back: no overlap, identical pages, the sandbox's order", async ({
    page,
  }) => {
    const expected = await sandbox.get<CustomerPage>("/customers?limit=100");
    await page.goto("/customers?limit=25");
    const pages: number[][] = [await shownIds(page)];
    for (let step = 0; step < 3; step++) {
      await page.getByRole("button", { name: "Next page" }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(page.getByText(`Rows ${(step + 1) * 25 + 1}–`)).toBeVisible();
      pages.push(await shownIds(page));
    }
    const all = pages.flat();
    expect(new Set(all).size).toBe(100);
    expect(all).toEqual(expected.customers.map((customer) => customer.id));

    for (let step = 2; step >= 0; step--) {
      await page.getByRole("button", { name: "Previous page" }).click();
      await expect(page.getByText(`Rows ${step * 25 + 1}–`)).toBeVisible();
      expect(await shownIds(page)).toEqual(pages[step]);
    }
    await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();
  });

  test("Find customer: an exact email finds that customer and says it searched by email", async ({
    page,
  }) => {
    const customer = await sandbox.claim<Customer>("customers", "created_at_min=2000-01-01");
    await page.goto("/customers");
    await page.getByLabel("Find customer").fill(customer.email);
    await expect.poll(urlParam(page, "email")).toBe(customer.email);
    await expect(page.getByTestId("customer-search-hint")).toHaveText("Searched by email (exact match).");
    await expect(idCells(page)).toHaveText([`#${customer.id}`]);
    await expect(customersTable(page)).toContainText(customer.email);
  });

  test("Find customer: an id finds that customer; text that is neither is not searched and says why", async ({
    page,
  }) => {
    const customer = await sandbox.claim<Customer>("customers", "created_at_min=2000-01-01");
    await page.goto("/customers");
    const search = page.getByLabel("Find customer");

    await search.fill("owen");
    await search.press("Enter");
    await expect(search).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("customer-search-hint")).toContainText("Enter a full email address");

    await search.fill(String(customer.id));
    await expect.poll(urlParam(page, "ids")).toBe(String(customer.id));
    await expect(page.getByTestId("customer-search-hint")).toHaveText("Searched by customer id.");
    await expect(idCells(page)).toHaveText([`#${customer.id}`]);
    expect(urlParam(page, "email")()).toBeNull();
  });

  test("an unknown email shows the empty state naming it, and Clear filters brings the list back", async ({
    page,
  }) => {
    const email = `nobody-${Date.now()}@example.invalid`;
    await page.goto("/customers");
    await page.getByLabel("Find customer").fill(email);
    await expect(page.getByTestId("data-table-empty")).toContainText(`No customers with email “${email}”.`);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).not.toHaveURL(/email=/);
    await expect(page.getByLabel("Find customer")).toHaveValue("");
    await expect(idCells(page).first()).toBeVisible();
  });

  test("sorting by Created and a created-at range list what the sandbox lists", async ({ page }) => {
    await page.goto("/customers?limit=25");
    await page.getByRole("button", { name: "Created", exact: true }).click();
    await expect(page).toHaveURL(/sort_by=created_at-desc/);
    const byCreated = await sandbox.get<CustomerPage>("/customers?sort_by=created_at-desc&limit=25");
    await expect(idCells(page)).toHaveText(asCells(byCreated.customers));

    await page.getByLabel("From", { exact: true }).fill("2026-10-01");
    await page.getByLabel("To", { exact: true }).fill("2026-10-15");
    await expect(page).toHaveURL(/created_at_max=2026-10-15/);
    const inRange = await sandbox.get<CustomerPage>(
      "/customers?created_at_min=2026-10-01&created_at_max=2026-10-15&sort_by=created_at-desc&limit=25",
    );
    await expect(idCells(page)).toHaveText(asCells(inRange.customers));
  });

  test("a failed read shows the server's message in the table, and Retry recovers", async ({ page }) => {
    // Faults on the sandbox's GET /customers would hit every spec listing customers in parallel, so this
    // one fails the browser's request to the BFF instead (the detail spec injects a sandbox fault).
    const message = "Recharge is not answering right now. Try again in a moment.";
    const customersApi = (url: URL) => url.pathname === "/api/customers";
    await page.route(customersApi, (route) =>
      route.fulfill({ status: 503, json: { error: { code: "upstream_unavailable", message } } }),
    );
    const customer = await sandbox.claim<Customer>("customers", "created_at_min=2000-01-01");
    await page.goto("/customers");
    await page.getByLabel("Find customer").fill(String(customer.id));
    await expect(page.getByTestId("data-table-error")).toContainText(message);

    await page.unroute(customersApi);
    await clickUntil(page.getByRole("button", { name: "Retry", exact: true }), () =>
      expect(idCells(page)).toHaveText([`#${customer.id}`], { timeout: 2_000 }),
    );
  });

  test("keyboard only: Tab onto the rows, arrow down, Enter opens that customer", async ({ page }) => {
    await page.goto("/customers?limit=25");
    const rows = customersTable(page).locator("tbody tr");
    await page.getByRole("button", { name: "Updated", exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(rows.nth(1)).toBeFocused();

    const id = (await rows
      .nth(1)
      .getByRole("cell", { name: /^#\d+$/ })
      .textContent())!.slice(1);
    const name = (await rows.nth(1).getByRole("link").textContent())!;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/customers/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });
});
