import { expect, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";

// The audit log is for admins: an agent gets a plain explanation, never the log, a crash or a loop.

test.use({ storageState: "e2e/.auth/agent.json" });

test("an agent visiting /audit is told only admins can see the audit log", async ({ page }) => {
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByText("Only admins can see the audit log.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }),
  ).toHaveCount(0);
});

test("an agent sees no History on a charge page", async ({ page, sandbox }) => {
  const charge = await sandbox.claim<{ id: number }>("charges", "status=success");
  await page.goto(`/charges/${charge.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Actions" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "History", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "See all in the audit log" })).toHaveCount(0);
});
