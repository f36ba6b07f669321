import { expect, mutation, test } from "../fixtures/api";
import type { Sandbox } from "../fixtures/sandbox";
import { createDiscountElsewhere, discountById, uniqueCode, updateBodiesFor } from "./discount-fixtures";

// What the discount dialogs do when Recharge refuses, when its answer is lost, and when the code
// changes while a dialog is open. Each test makes its own code (claimed), so none shares a record.
test.use({ storageState: "e2e/.auth/admin.json" });

type AuditRow = { action: string; outcome: string; idempotencyKey: string | null };

const newCode = (sandbox: Sandbox, prefix: string) =>
  createDiscountElsewhere(sandbox, { code: uniqueCode(prefix), value: "5", value_type: "percentage" });

test.describe("discount dialogs: refusals, lost answers and stale dialogs (admin)", () => {
  test("a Disable Recharge refuses shows its reason in the dialog, which stays open, and is audited", async ({
    page,
    api,
    sandbox,
  }) => {
    const discount = await newCode(sandbox, "REFUSED");
    const fault = await sandbox.addFault({
      method: "PUT",
      path: `/discounts/${discount.id}`,
      status: 422,
      body: { errors: { status: ["cannot be changed while a campaign uses this code"] } },
      times: 1,
    });
    try {
      await page.goto(`/discounts/${discount.id}`);
      await page.getByRole("button", { name: "Disable", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Disable code" }).click();
      const notice = dialog.getByTestId("action-error");
      await expect(notice).toContainText("This did not go through");
      await expect(notice).toContainText("cannot be changed while a campaign uses this code");
      await expect(dialog).toBeVisible();
      await expect(page.getByText(`${discount.code} is now`)).toHaveCount(0);
    } finally {
      await sandbox.removeFault(fault);
    }
    expect((await discountById(sandbox, discount.id)).status).toBe("enabled");
    const audit = await api.admin.get(`/api/audit?target_type=discount&target_id=${discount.id}`);
    const entries = (await audit.json()).data as AuditRow[];
    expect(entries).toEqual([expect.objectContaining({ action: "discount.disable", outcome: "failed" })]);
  });

  test("a lost answer to Disable shows no success; sending again with the same key sends nothing twice", async ({
    page,
    api,
    sandbox,
  }) => {
    // The app gives Recharge 10 s (lib/recharge/transport); the sandbox applies the change after 20 s,
    // so the retry below meets a Recharge that has not applied it yet either.
    test.setTimeout(90_000);
    const discount = await newCode(sandbox, "LOSTOFF");
    const keys: string[] = [];
    const disableUrl = `/api/discounts/${discount.id}/disable`;
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === disableUrl)
        keys.push(request.headers()["idempotency-key"] ?? "");
    });
    await page.goto(`/discounts/${discount.id}`);
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    const dialog = page.getByRole("dialog");
    const confirm = dialog.getByRole("button", { name: "Disable code" });
    const notice = dialog.getByTestId("action-error");

    const fault = await sandbox.addFault({
      method: "PUT",
      path: `/discounts/${discount.id}`,
      delay_ms: 20_000,
      times: 1,
    });
    try {
      await confirm.click();
      await expect(notice).toContainText("We could not confirm whether this went through.", {
        timeout: 20_000,
      });
      await expect(dialog.getByRole("button", { name: `Re-check discount #${discount.id}` })).toBeVisible();
      await expect(page.getByText(`${discount.code} is now disabled.`)).toHaveCount(0);

      // Again from the same dialog: the same Idempotency-Key, which the BFF answers by reading the
      // code back, never by sending the change a second time.
      const retried = page.waitForResponse(
        (response) =>
          response.request().method() === "POST" && new URL(response.url()).pathname === disableUrl,
      );
      await confirm.click();
      expect((await retried).status()).toBe(503);
      await expect(notice).toContainText("We could not confirm whether this went through.");
    } finally {
      await sandbox.removeFault(fault);
    }
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    // Recharge did apply it, once. The dialog learns so by reading the code again (no webhook tells
    // of a discount), and refuses to disable a disabled code.
    await expect
      .poll(async () => (await discountById(sandbox, discount.id)).status, { timeout: 20_000 })
      .toBe("disabled");
    await dialog.getByRole("button", { name: `Re-check discount #${discount.id}` }).click();
    const changed = dialog.getByTestId("record-changed");
    await expect(changed).toContainText("This discount was disabled");
    await expect(changed).toContainText('"Disable" is not possible for a disabled discount.');
    await expect(confirm).toBeDisabled();
    expect(await updateBodiesFor(sandbox, discount.id)).toEqual([{ status: "disabled" }]);

    const audit = await api.admin.get(`/api/audit?target_type=discount&target_id=${discount.id}`);
    const entries = (await audit.json()).data as AuditRow[];
    expect(entries.map((entry) => entry.action)).toEqual(["discount.disable", "discount.disable"]);
    expect(entries.at(-1)).toMatchObject({ outcome: "unknown", idempotencyKey: keys[0] });
  });

  test("a code disabled by someone else while its Disable dialog is open is refused, not sent", async ({
    page,
    api,
    sandbox,
  }) => {
    const discount = await newCode(sandbox, "STALEOFF");
    await page.goto(`/discounts/${discount.id}`);
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    const dialog = page.getByRole("dialog");
    const confirm = dialog.getByRole("button", { name: "Disable code" });
    await expect(confirm).toBeEnabled();
    await expect(dialog.getByTestId("record-changed")).toHaveCount(0);

    const elsewhere = await api.admin.post(`/api/discounts/${discount.id}/disable`, mutation({}));
    expect(elsewhere.status()).toBe(200);

    // No discount/* webhook exists: the open dialog re-reads the code every few seconds instead.
    const changed = dialog.getByTestId("record-changed");
    await expect(changed).toContainText("This discount was disabled");
    await expect(changed).toContainText('"Disable" is not possible for a disabled discount.');
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    expect(await updateBodiesFor(sandbox, discount.id)).toEqual([{ status: "disabled" }]);
  });

  test("a code enabled elsewhere while its Delete dialog is open asks for a check, then deletes", async ({
    page,
    api,
    sandbox,
  }) => {
    const discount = await newCode(sandbox, "STALEDEL");
    const disabled = await api.admin.post(`/api/discounts/${discount.id}/disable`, mutation({}));
    expect(disabled.status()).toBe(200);
    await page.goto(`/discounts/${discount.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("disabled");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(`Type ${discount.code} to confirm`).fill(discount.code);
    const confirm = dialog.getByRole("button", { name: "Delete code" });
    await expect(confirm).toBeEnabled();

    const enabled = await api.admin.post(`/api/discounts/${discount.id}/enable`, mutation({}));
    expect(enabled.status()).toBe(200);

    // Delete applies in any status, so the change only needs the admin's look, not a refusal.
    const changed = dialog.getByTestId("record-changed");
    await expect(changed).toContainText("This discount was enabled");
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel("I have checked the current discount").check();
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(page).toHaveURL(/\/discounts$/);
    await expect(page.getByText(`Deleted discount code ${discount.code}.`)).toBeVisible();
    expect(await sandbox.requests("DELETE", `/discounts/${discount.id}`)).toHaveLength(1);
  });
});
