import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";
import { Sandbox } from "./fixtures/sandbox";

// The command palette (#19): ⌘K / Ctrl-K or the sidebar's "Search or jump…" opens it; an id, an
// email or a code opens the record, a page name the page, and on a record's page the actions its
// Actions panel offers open the same dialogs.

type Row = { id: number };

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

const palette = (page: Page) => page.getByRole("dialog", { name: "Search or jump" });
const launcher = (page: Page) => page.getByRole("button", { name: "Search or jump…" });

/** Ctrl-K, once the page runs: the sidebar's button is enabled when the shortcut listens. */
async function openWithShortcut(page: Page) {
  await expect(launcher(page)).toBeEnabled();
  await page.keyboard.press("Control+k");
  await expect(palette(page).getByRole("combobox", { name: "Search or jump" })).toBeFocused();
}

/** Types into the palette and presses Enter once the option wanted is the selected one. */
async function choose(page: Page, text: string, option: string | RegExp) {
  const box = palette(page).getByRole("combobox", { name: "Search or jump" });
  await box.fill(text);
  await expect(
    palette(page).getByRole("option", { name: option, exact: typeof option === "string" }),
  ).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
}

test.describe("command palette as an admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test("Ctrl-K, a charge id, Enter: opens that charge", async ({ page }) => {
    const charge = await sandbox.claim<Row>("charges", "status=refunded");
    await page.goto("/");
    await openWithShortcut(page);
    await choose(page, String(charge.id), `Open charge ${charge.id}`);
    await expect(page).toHaveURL(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await expect(palette(page)).toBeHidden();
  });

  test("a customer's email, Enter: lists exactly that customer", async ({ page }) => {
    const customer = await sandbox.claim<Row & { email: string }>("customers", "");
    await page.goto("/charges");
    await openWithShortcut(page);
    await choose(page, customer.email, `Find customer ${customer.email}`);
    await expect(page).toHaveURL(new RegExp(`/customers\\?email=${encodeURIComponent(customer.email)}`));
    const rows = page.getByRole("table", { name: "Customers" }).getByRole("row");
    await expect(rows).toHaveCount(2); // the header and the one customer
    await expect(rows.nth(1)).toContainText(customer.email);
  });

  test("on a refundable charge's page, 'Refund' opens its refund dialog, and nothing is sent", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Row>("charges", "status=success");
    await page.goto(`/charges/${charge.id}`);
    // The page's Actions panel offers it: the palette offers the same.
    await expect(page.getByRole("button", { name: "Refund", exact: true })).toBeVisible();
    await openWithShortcut(page);
    await choose(page, "Refund", /^Refund/);
    const refund = page.getByRole("dialog", { name: `Refund charge #${charge.id}` });
    await expect(refund).toBeVisible();
    await expect(palette(page)).toBeHidden();
    await expect(refund.getByTestId("refund-balance")).toContainText("left to refund");
    await page.keyboard.press("Escape");
    await expect(refund).toBeHidden();
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`open on a charge's page, with its actions, in ${colorScheme} mode: no axe violations`, async ({
      page,
    }) => {
      const charge = await sandbox.claim<Row>("charges", "status=success");
      await page.emulateMedia({ colorScheme });
      await page.goto(`/charges/${charge.id}`);
      await expect(page.getByRole("button", { name: "Refund", exact: true })).toBeVisible();
      await openWithShortcut(page);
      await expect(palette(page).getByRole("group", { name: "Actions" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("a page's name goes to that page", async ({ page }) => {
    await page.goto("/");
    await openWithShortcut(page);
    await choose(page, "batch", "Batches");
    await expect(page).toHaveURL("/batches");
  });

  test("a record looked at is listed first, under Recent", async ({ page }) => {
    const subscription = await sandbox.claim<Row>("subscriptions", "status=expired");
    await page.goto(`/subscriptions/${subscription.id}`);
    // Enabled once the page runs, and the visit is noted by then.
    await expect(launcher(page)).toBeEnabled();
    await page.goto("/");
    await openWithShortcut(page);
    const recent = palette(page).getByRole("group", { name: "Recent" });
    await expect(recent.getByRole("option").first()).toHaveAccessibleName(`Subscription #${subscription.id}`);
    await expect(recent.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  });

  test("a record Recharge does not have is not kept under Recent", async ({ page }) => {
    const subscription = await sandbox.claim<Row>("subscriptions", "status=expired");
    await page.goto(`/subscriptions/${subscription.id}`);
    await expect(launcher(page)).toBeEnabled();
    await page.goto("/charges/1");
    await expect(page.getByTestId("detail-not-found")).toContainText("No charge with id 1.");
    await page.goto("/");
    await openWithShortcut(page);
    const recent = palette(page).getByRole("group", { name: "Recent" });
    await expect(recent.getByRole("option").first()).toHaveAccessibleName(`Subscription #${subscription.id}`);
    await expect(recent.getByRole("option", { name: "Charge #1", exact: true })).toHaveCount(0);
  });
});

test.describe("command palette as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("on a refundable charge's page, no action is offered", async ({ page }) => {
    const charge = await sandbox.claim<Row>("charges", "status=success");
    await page.goto(`/charges/${charge.id}`);
    await expect(page.getByTestId("charge-no-actions")).toBeVisible();
    await openWithShortcut(page);
    // The palette has drawn its groups, and Actions is not among them.
    await expect(palette(page).getByRole("group", { name: "Pages" })).toBeVisible();
    await expect(palette(page).getByRole("group", { name: "Actions" })).toHaveCount(0);
    await palette(page).getByRole("combobox", { name: "Search or jump" }).fill("Refund");
    await expect(palette(page).getByRole("option", { name: "Find discount code Refund" })).toBeVisible();
    await expect(palette(page).getByRole("option", { name: /^Refund/ })).toHaveCount(0);
  });

  test("the sidebar's button opens it; Escape closes it and gives focus back to the button", async ({
    page,
  }) => {
    await page.goto("/customers");
    await expect(launcher(page)).toHaveAttribute("aria-keyshortcuts", /Control\+K/);
    await launcher(page).click();
    await expect(palette(page).getByRole("combobox", { name: "Search or jump" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(palette(page)).toBeHidden();
    await expect(launcher(page)).toBeFocused();
  });
});
