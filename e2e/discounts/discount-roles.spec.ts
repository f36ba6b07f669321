import { expect, test } from "../fixtures/api";
import { createDiscountElsewhere, uniqueCode } from "./discount-fixtures";

test.describe("discount changes as an agent", () => {
  test.use({ storageState: "e2e/.auth/agent.json" });

  test("an agent sees no New, Edit, Disable or Delete, and the form pages show the forbidden panel", async ({
    page,
    sandbox,
  }) => {
    const discount = await createDiscountElsewhere(sandbox, {
      code: uniqueCode("AGENT"),
      value: "5",
      value_type: "percentage",
    });
    await page.goto("/discounts");
    await expect(page.getByRole("heading", { level: 1, name: "Discounts" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New discount" })).toHaveCount(0);

    await page.goto(`/discounts/${discount.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(discount.code);
    const actions = page.getByRole("region", { name: "Actions" });
    await expect(actions).toContainText("Only admins can edit, disable or delete discount codes.");
    await expect(actions.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    for (const name of ["Disable", "Enable", "Delete"])
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);

    await page.goto("/discounts/new");
    await expect(page.getByTestId("discount-new-forbidden")).toContainText(
      "Only admins can create discount codes.",
    );
    await expect(page.getByRole("button", { name: "Create discount code" })).toHaveCount(0);

    await page.goto(`/discounts/${discount.id}/edit`);
    await expect(page.getByTestId("discount-edit-forbidden")).toContainText(
      "Only admins can change discount codes.",
    );
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  });
});
