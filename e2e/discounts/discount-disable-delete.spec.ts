import { expect, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import {
  createDiscountElsewhere,
  discountById,
  discountsWithCode,
  uniqueCode,
  updateBodiesFor,
} from "./discount-fixtures";

test.use({ storageState: "e2e/.auth/admin.json" });

test.describe("disable, enable and delete a discount (admin)", () => {
  test("Disable sets the status to disabled in Recharge, and Enable brings it back, each audited by name", async ({
    page,
    api,
    sandbox,
  }) => {
    const discount = await createDiscountElsewhere(sandbox, {
      code: uniqueCode("OFF"),
      value: "5",
      value_type: "percentage",
    });
    await page.goto(`/discounts/${discount.id}`);
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("can no longer apply");
    await expectNoAxeViolations(page);
    await dialog.getByLabel("Reason").fill("campaign is over");
    await dialog.getByRole("button", { name: "Disable code" }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("disabled");
    expect((await discountById(sandbox, discount.id)).status).toBe("disabled");
    expect(await updateBodiesFor(sandbox, discount.id)).toEqual([{ status: "disabled" }]);

    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await dialog.getByRole("button", { name: "Enable code" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Disable", exact: true })).toBeVisible();
    expect((await discountById(sandbox, discount.id)).status).toBe("enabled");

    // Operators read "Disable discount" and "Enable discount" in the audit log, not "Update discount".
    const audit = await api.admin.get(`/api/audit?target_type=discount&target_id=${discount.id}`);
    const entries = (await audit.json()).data as { action: string; outcome: string; reason: string | null }[];
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ["discount.enable", "succeeded"],
      ["discount.disable", "succeeded"],
    ]);
    expect(entries[1]?.reason).toBe("campaign is over");
  });

  test("Delete needs the code typed exactly, then removes it and opens the list with a notice", async ({
    page,
    sandbox,
  }) => {
    // Mixed case, so a typed lower-case code is not the code.
    const code = `Del-${uniqueCode("x").slice(2).toLowerCase()}`;
    const discount = await createDiscountElsewhere(sandbox, { code, value: "5", value_type: "percentage" });
    await page.goto(`/discounts/${discount.id}`);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    const confirm = dialog.getByRole("button", { name: "Delete code" });
    const typed = dialog.getByLabel(`Type ${code} to confirm`);
    await expect(confirm).toBeDisabled();
    await typed.fill(code.toLowerCase());
    await expect(confirm).toBeDisabled();
    await page.keyboard.press("Enter");
    expect(await sandbox.requests("DELETE", `/discounts/${discount.id}`)).toEqual([]);

    await typed.fill(code);
    await expect(confirm).toBeEnabled();
    await dialog.getByLabel("Reason").fill("duplicate of the spring code");
    await expectNoAxeViolations(page);
    await confirm.click();

    await expect(page).toHaveURL(/\/discounts$/);
    await expect(page.getByText(`Deleted discount code ${code}.`)).toBeVisible();
    expect(await sandbox.requests("DELETE", `/discounts/${discount.id}`)).toHaveLength(1);
    expect(await discountsWithCode(sandbox, code)).toEqual([]);
  });
});
