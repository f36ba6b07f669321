import { expect, mutation, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import { pageTable, samplePath } from "../fixtures/page-table";
import { sampleIds } from "../fixtures/sample-ids";
import { Sandbox } from "../fixtures/sandbox";

type Row = { id: number };

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  test("the sign-in page, also with an error", async ({ page }) => {
    await page.goto("/login");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill("viewer@example.com");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test.describe("signed in", () => {
    test.use({ storageState: "e2e/.auth/admin.json" });

    // Driven by the page table, which the inventory sweep keeps equal to app/: a new page is covered.
    // One test per page and scheme, so a slow machine times out one page, not the whole sweep.
    for (const colorScheme of ["light", "dark"] as const) {
      for (const entry of pageTable.filter((each) => !each.public)) {
        test(`${entry.route}, loaded, in ${colorScheme} mode`, async ({ page, api, sandbox }) => {
          await page.emulateMedia({ colorScheme });
          await page.goto(samplePath(entry.route, await sampleIds(api.admin, sandbox)));
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          await expectNoAxeViolations(page);
        });
      }
    }

    test("an empty list", async ({ page }) => {
      await page.goto("/charges?customer_id=1");
      await expect(page.getByTestId("data-table-empty")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the audit record drawer, open", async ({ page, api }) => {
      // A refused request is recorded too: the log has at least this row.
      const refused = await api.admin.post("/api/charges/1/refund", mutation({ amount: "not money" }));
      expect(refused.status()).toBe(422);
      await page.goto("/audit?target_type=charge&target_id=1");
      await page
        .getByRole("button", { name: /^Details of record/ })
        .first()
        .click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("an error state", async ({ page }) => {
      const sandbox = await Sandbox.connect();
      const customer = await sandbox.claim<Row>("customers", "");
      const fault = await sandbox.addFault({
        method: "GET",
        path: "/charges",
        query: { customer_id: String(customer.id) },
        status: 503,
      });
      try {
        await page.goto(`/charges?customer_id=${customer.id}`);
        await expect(page.getByTestId("data-table-error")).toBeVisible();
        await expectNoAxeViolations(page);
      } finally {
        await sandbox.removeFault(fault);
        await sandbox.close();
      }
    });

    const dialogs: Array<{ status: string; resource: string; button: string }> = [
      { resource: "charges", status: "queued", button: "Skip" },
      { resource: "charges", status: "queued", button: "Process now" },
      { resource: "charges", status: "success", button: "Refund" },
      { resource: "charges", status: "skipped", button: "Unskip" },
      { resource: "subscriptions", status: "active", button: "Change next charge date" },
      { resource: "subscriptions", status: "active", button: "Change quantity or frequency" },
      { resource: "subscriptions", status: "active", button: "Cancel subscription" },
      { resource: "subscriptions", status: "cancelled", button: "Reactivate" },
      { resource: "discounts", status: "enabled", button: "Disable" },
      { resource: "discounts", status: "disabled", button: "Enable" },
      { resource: "discounts", status: "enabled", button: "Delete" },
    ];
    for (const { resource, status, button } of dialogs) {
      test(`the "${button}" dialog, open`, async ({ page, sandbox }) => {
        const record = await sandbox.claim<Row>(resource, `status=${status}`);
        await page.goto(`/${resource}/${record.id}`);
        await page.getByRole("button", { name: button, exact: true }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toBeHidden();
      });
    }
  });
});
