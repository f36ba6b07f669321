import { expect, test } from "../fixtures/api";
import { createDiscountElsewhere, discountById, uniqueCode, updateBodiesFor } from "./discount-fixtures";

test.use({ storageState: "e2e/.auth/admin.json", timezoneId: "UTC", locale: "en-US" });

test.describe("edit discount form (admin)", () => {
  test("sends only the changed setting with the reason, and shows what Recharge confirmed", async ({
    page,
    sandbox,
  }) => {
    const discount = await createDiscountElsewhere(sandbox, {
      code: uniqueCode("EDIT"),
      value: "10",
      value_type: "percentage",
      usage_limits: { one_application_per_customer: true, max_subsequent_redemptions: 2 },
      prerequisite_subtotal_min: "30",
    });
    await page.goto(`/discounts/${discount.id}`);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/discounts/${discount.id}/edit$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Edit ${discount.code}`);

    // Prefilled from the discount.
    const value = page.getByLabel("Value", { exact: true });
    await expect(value).toHaveValue("10.00");
    await expect(page.getByRole("radio", { name: "Percentage" })).toBeChecked();
    await expect(page.getByLabel("Minimum subtotal")).toHaveValue("30.00");
    await expect(page.getByLabel("Max subsequent redemptions")).toHaveValue("2");
    await expect(page.getByRole("checkbox", { name: "Once per customer" })).toBeChecked();

    // Nothing changed yet: nothing to send.
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("discount-form-summary")).toContainText(
      "Change at least one setting before saving.",
    );
    expect(await updateBodiesFor(sandbox, discount.id)).toEqual([]);

    await value.fill("15");
    await page.getByLabel("Reason").fill("match the newsletter");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(new RegExp(`/discounts/${discount.id}$`));
    await expect(page.getByText(`Saved ${discount.code}: 15% off`)).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Discount", exact: true }).getByRole("definition").nth(1),
    ).toHaveText("15% off");
    // The reason stays in the audit log; Recharge gets the one changed field.
    expect(await updateBodiesFor(sandbox, discount.id)).toEqual([{ value: "15" }]);
    const after = await discountById(sandbox, discount.id);
    expect(after).toEqual({ ...discount, value: "15.00", updated_at: after.updated_at });
  });
});
