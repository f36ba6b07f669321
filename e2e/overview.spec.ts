import { expect, test, type Page } from "@playwright/test";
import { waitForHydration } from "./fixtures/hydrated";
import { Sandbox } from "./fixtures/sandbox";

test.use({ storageState: "e2e/.auth/viewer.json" });

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

/** Fills the overview's "Go to" box and presses Enter (once the page runs: see waitForHydration). */
async function goTo(page: Page, record: string, text: string) {
  await waitForHydration(page);
  const form = page.getByRole("search", { name: "Go to a record" });
  await form.getByLabel("Record").selectOption({ label: record });
  await form.getByRole("searchbox").fill(text);
  await form.getByRole("searchbox").press("Enter");
}

test.describe("overview", () => {
  test("Go to: a customer's email lists exactly them, their id opens their page", async ({ page }) => {
    const customer = await sandbox.claim<{ id: number; email: string }>("customers", "");
    await page.goto("/");
    await goTo(page, "Customer", customer.email);
    await expect(page).toHaveURL(new RegExp(`/customers\\?email=${encodeURIComponent(customer.email)}`));
    const rows = page.getByRole("table", { name: "Customers" }).getByRole("row");
    await expect(rows).toHaveCount(2); // the header and the one customer
    await expect(rows.nth(1)).toContainText(customer.email);

    await page.goto("/");
    await goTo(page, "Customer", `#${customer.id}`);
    await expect(page).toHaveURL(`/customers/${customer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByText(`Customer #${customer.id}`)).toBeVisible();
  });

  test("Go to: a charge or a subscription id opens it, a discount code lists it", async ({ page }) => {
    const charge = await sandbox.claim<{ id: number }>("charges", "status=refunded");
    const subscription = await sandbox.claim<{ id: number }>("subscriptions", "status=expired");
    const discount = await sandbox.claim<{ id: number; code: string }>("discounts", "");

    await page.goto("/");
    await goTo(page, "Charge", String(charge.id));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);

    await page.goto("/");
    await goTo(page, "Subscription", String(subscription.id));
    await expect(page).toHaveURL(`/subscriptions/${subscription.id}`);
    await expect(page.getByRole("main").getByText(`Subscription #${subscription.id}`)).toBeVisible();

    await page.goto("/");
    await goTo(page, "Discount code", discount.code);
    await expect(page).toHaveURL(/\/discounts\?discount_code=/);
    await expect(page.getByRole("table", { name: "Discount codes" })).toContainText(discount.code);
  });

  test("Go to: a slow record's page opens at once and says it is loading, then shows the record", async ({
    page,
  }) => {
    // A click inside the app does not wait on Recharge (lib/queries/record-page-prefetch.ts): the page
    // is there while the read is held, which the sandbox's log (it logs a call when it answers) shows.
    const charge = await sandbox.claim<{ id: number }>("charges", "status=refunded");
    const fault = await sandbox.addFault({ method: "GET", path: `/charges/${charge.id}`, delay_ms: 6_000 });
    try {
      await page.goto("/");
      await goTo(page, "Charge", String(charge.id));
      await expect(page).toHaveURL(`/charges/${charge.id}`);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading).toHaveText(`Charge #${charge.id}`);
      await expect(page.getByRole("main").getByText("Loading…")).toBeVisible();
      expect(await sandbox.requests("GET", `/charges/${charge.id}`), "no answer yet").toHaveLength(0);
      await expect(heading).toContainText("refunded", { timeout: 15_000 });
    } finally {
      await sandbox.removeFault(fault);
    }
  });

  test("Go to: text that cannot be that kind of record is flagged where it was typed, and goes nowhere", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Go to a record" }).getByRole("searchbox");
    await goTo(page, "Charge", "12ab");
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAccessibleDescription(/digits only/);
    await expect(box).toBeFocused();
    await expect(page).toHaveURL("/");

    await goTo(page, "Customer", "ann");
    await expect(box).toHaveAccessibleDescription(/full email address/);
    await expect(page).toHaveURL("/");
    // Typing again clears the complaint.
    await box.fill("ann@");
    await expect(box).not.toHaveAttribute("aria-invalid", "true");
  });

  test("shortcuts open the lists they name", async ({ page }) => {
    await page.goto("/");
    const shortcuts = page.getByRole("navigation", { name: "Shortcuts" });
    await shortcuts.getByRole("link", { name: /Failed charges/ }).click();
    await expect(page).toHaveURL("/charges?status=error");
    await expect(page.getByLabel("Status")).toHaveValue("error");

    await page.goBack();
    await shortcuts.getByRole("link", { name: /Upcoming charges/ }).click();
    await expect(page).toHaveURL(/status=queued/);
    await expect(
      page.getByRole("table", { name: "Charges" }).getByRole("columnheader", { name: "Scheduled" }),
    ).toHaveAttribute("aria-sort", "ascending");
  });
});
