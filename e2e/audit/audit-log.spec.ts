import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, mutation, test } from "../fixtures/api";
import { skipChargeWithReason } from "../fixtures/charge-flows";
import { expectNoAxeViolations } from "../fixtures/axe";

// The audit log page and a record's History, as an admin. Every test works on its own charges
// (nth ≥ 200, clear of the other specs) and filters the log to them, so parallel specs never mix in.

type Charge = { id: number };

const auditKey = () => `audit-test-${randomUUID()}`;
const auditTable = (page: Page) => page.getByRole("table", { name: "Audit log, newest first" });
const detailsButtons = (page: Page) => auditTable(page).getByRole("button", { name: /^Details of record/ });

test.use({ storageState: "e2e/.auth/admin.json" });

test("a skip made in the UI shows in the charge's History and in the audit log as succeeded", async ({
  page,
  sandbox,
}) => {
  const charge = await sandbox.claim<Charge>("charges", "status=queued");
  const reason = `audit e2e ${randomUUID().slice(0, 8)}`;
  await skipChargeWithReason(page, charge.id, reason);

  const history = page.getByRole("region", { name: "History", exact: true });
  const entry = history.getByRole("listitem").first();
  await expect(entry).toContainText("Skip charge");
  await expect(entry).toContainText("admin@example.com (Admin)");
  await expect(entry).toContainText(reason);
  await expect(entry).toContainText("succeeded");

  await history.getByRole("link", { name: "See all in the audit log" }).click();
  await expect(page).toHaveURL(`/audit?target_type=charge&target_id=${charge.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const row = auditTable(page).getByRole("row").filter({ hasText: reason });
  await expect(row).toContainText("Skip charge");
  await expect(row).toContainText("admin@example.com");
  await expect(row).toContainText("succeeded");
  await expect(row.getByRole("link", { name: `Charge #${charge.id}` })).toHaveAttribute(
    "href",
    `/charges/${charge.id}`,
  );
});

test("a row's Details opens the request body and gives focus back when closed", async ({
  page,
  api,
  sandbox,
}) => {
  const charge = await sandbox.claim<Charge>("charges", "status=success");
  const body = { amount: "not money", reason: "details drawer check" };
  expect(
    (await api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body, auditKey()))).status(),
  ).toBe(422);

  await page.goto(`/audit?target_type=charge&target_id=${charge.id}`);
  const details = detailsButtons(page).first();
  await details.click();
  const drawer = page.getByRole("dialog", { name: /^Refund charge · record/ });
  await expect(drawer).toContainText("refused");
  await expect(drawer).toContainText("validation_failed");
  await expect(drawer).toContainText("Recharge was not called");
  await expect(drawer.getByRole("region", { name: "Request body" })).toContainText(
    '"reason": "details drawer check"',
  );
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(details).toBeFocused();
});

test("an invalid refund request is recorded as refused with its HTTP status", async ({
  page,
  api,
  sandbox,
}) => {
  const charge = await sandbox.claim<Charge>("charges", "status=success");
  const response = await api.admin.post(`/api/charges/${charge.id}/refund`, mutation({}, auditKey()));
  expect(response.status()).toBe(422);

  await page.goto(`/audit?action=charge.refund&target_type=charge&target_id=${charge.id}`);
  await expect(page.getByLabel("Action", { exact: true })).toHaveValue("charge.refund");
  await expect(detailsButtons(page)).toHaveCount(1);
  const row = auditTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: /^Details of record/ }) });
  await expect(row).toContainText("Refund charge");
  await expect(row).toContainText("refused");
  await expect(row).toContainText("422");
});

test("filtering by operator email keeps only that operator's records", async ({ page, api, sandbox }) => {
  const charge = await sandbox.claim<Charge>("charges", "status=success");
  const path = `/api/charges/${charge.id}/refund`;
  expect((await api.agent.post(path, mutation({}, auditKey()))).status()).toBe(403); // agents may not refund
  expect((await api.admin.post(path, mutation({}, auditKey()))).status()).toBe(422);

  await page.goto(`/audit?target_type=charge&target_id=${charge.id}`);
  await expect(detailsButtons(page)).toHaveCount(2);
  await page.getByLabel("Operator email").fill("agent@example.com");
  await expect(page).toHaveURL(/[?&]operator=agent(%40|@)example\.com/);
  await expect(detailsButtons(page)).toHaveCount(1);
  await expect(auditTable(page)).toContainText("agent@example.com");
  await expect(auditTable(page)).not.toContainText("admin@example.com");

  await page.getByLabel("Operator email").fill("nobody@example.com");
  await expect(page.getByTestId("data-table-empty")).toContainText(
    `No audit records for operator “nobody@example.com”, target “Charge #${charge.id}”.`,
  );
});

test("Next and Previous page through the log without overlap", async ({ page, api, sandbox }) => {
  const charge = await sandbox.claim<Charge>("charges", "status=success");
  const statuses = await Promise.all(
    Array.from({ length: 30 }, () =>
      api.admin.post(`/api/charges/${charge.id}/refund`, mutation({}, auditKey())).then((r) => r.status()),
    ),
  );
  expect(statuses).toEqual(Array.from({ length: 30 }, () => 422));

  await page.goto(`/audit?target_type=charge&target_id=${charge.id}&limit=25`);
  const pager = page.getByRole("navigation", { name: "Audit log pages" });
  await expect(detailsButtons(page)).toHaveCount(25);
  await expect(pager).toContainText("Rows 1–25");
  await expect(pager.getByRole("button", { name: "Previous page" })).toBeDisabled();
  const firstPage = await detailsButtons(page).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute("aria-label")),
  );

  await pager.getByRole("button", { name: "Next page" }).click();
  await expect(pager).toContainText("Rows 26–30");
  await expect(detailsButtons(page)).toHaveCount(5);
  await expect(pager.getByRole("button", { name: "Next page" })).toBeDisabled();
  const secondPage = await detailsButtons(page).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute("aria-label")),
  );
  expect(new Set([...firstPage, ...secondPage]).size).toBe(30);

  await pager.getByRole("button", { name: "Previous page" }).click();
  await expect(pager).toContainText("Rows 1–25");
  await expect(detailsButtons(page)).toHaveCount(25);
  await expect(detailsButtons(page).first()).toHaveAccessibleName(firstPage[0]!);
});

test("the audit log and its details drawer pass axe (WCAG 2.2 AA)", async ({ page, api, sandbox }) => {
  const charge = await sandbox.claim<Charge>("charges", "status=success");
  expect((await api.admin.post(`/api/charges/${charge.id}/refund`, mutation({}, auditKey()))).status()).toBe(
    422,
  );
  await page.goto(`/audit?target_type=charge&target_id=${charge.id}`);
  await expect(detailsButtons(page)).toHaveCount(1);
  await expectNoAxeViolations(page);
  await detailsButtons(page).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoAxeViolations(page, '[role="dialog"]');
});
