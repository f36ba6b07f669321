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
    for (const colorScheme of ["light", "dark"] as const) {
      test(`every page of the dashboard, loaded, in ${colorScheme} mode`, async ({ page, api, sandbox }) => {
        await page.emulateMedia({ colorScheme });
        const ids = await sampleIds(api.admin, sandbox);
        for (const entry of pageTable.filter((each) => !each.public)) {
          await page.goto(samplePath(entry.route, ids));
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          await expectNoAxeViolations(page);
        }
      });
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
      const customer = await sandbox.pick<Row>("customers", "customers", "", 31);
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

    test("every action dialog, open", async ({ page }) => {
      const sandbox = await Sandbox.connect();
      const queued = await sandbox.pick<Row>("charges", "charges", "status=queued", 90);
      const paid = await sandbox.pick<Row>("charges", "charges", "status=success", 90);
      const skipped = await sandbox.pick<Row>("charges", "charges", "status=skipped", 90);
      const active = await sandbox.pick<Row>("subscriptions", "subscriptions", "status=active", 90);
      const cancelled = await sandbox.pick<Row>("subscriptions", "subscriptions", "status=cancelled", 90);
      await sandbox.close();
      const dialogs: Array<[string, string]> = [
        [`/charges/${queued.id}`, "Skip"],
        [`/charges/${queued.id}`, "Process now"],
        [`/charges/${paid.id}`, "Refund"],
        [`/charges/${skipped.id}`, "Unskip"],
        [`/subscriptions/${active.id}`, "Change next charge date"],
        [`/subscriptions/${active.id}`, "Cancel subscription"],
        [`/subscriptions/${cancelled.id}`, "Reactivate"],
      ];
      for (const [path, button] of dialogs) {
        await page.goto(path);
        await page.getByRole("button", { name: button, exact: true }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toBeHidden();
      }
    });
  });
});
