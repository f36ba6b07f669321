import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { csvFile } from "../fixtures/csv";
import { Sandbox } from "../fixtures/sandbox";

// Nothing here submits a batch (the queue-bound specs are in batches.spec.ts, run serially).

test.describe("batches as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("can follow batches but cannot start one", async ({ page }) => {
    await page.goto("/batches");
    await expect(page.getByRole("table", { name: "Batches" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New batch" })).toHaveCount(0);
    await page.goto("/batches/new");
    await expect(page.getByTestId("batch-forbidden")).toContainText("Only admins can start batches.");
    await expect(page.getByLabel("CSV file")).toHaveCount(0);
  });

  test("an unknown batch id says so, with the way back", async ({ page }) => {
    await page.goto("/batches/987654321");
    await expect(page.getByTestId("detail-not-found")).toContainText("No batch with id 987654321.");
    await page.getByRole("link", { name: "Back to batches" }).click();
    await expect(page).toHaveURL(/\/batches$/);
  });
});

test.describe("checking a file before anything is sent", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test.beforeEach(async ({ page }) => {
    await page.goto("/batches/new");
    await expect(page.getByRole("button", { name: "Choose a CSV file" })).toBeEnabled();
  });

  test("refuses files it cannot use, saying why", async ({ page }) => {
    const input = page.getByLabel("CSV file");
    const refused = page.getByTestId("file-refused");
    const latin1 = Buffer.concat([
      Buffer.from("code,value_type,value\r\nCAF"),
      Buffer.from([0xc9]),
      Buffer.from(",percentage,5\r\n"),
    ]);
    await input.setInputFiles({ name: "excel.csv", mimeType: "text/csv", buffer: latin1 });
    await expect(refused).toContainText("not UTF-8");

    await input.setInputFiles(csvFile("no-type.csv", ["code", "value"], [["A", "5"]]));
    await expect(refused).toContainText("no “value_type” column");

    const many = Array.from({ length: 10_001 }, (_, index) => [`M${index}`, "percentage", "5"]);
    await input.setInputFiles(csvFile("many.csv", ["code", "value_type", "value"], many));
    await expect(refused).toContainText("10,001 rows; a batch holds at most 10,000");
    await expect(page.getByRole("button", { name: /ready rows?…$/ })).toHaveCount(0);
  });

  test("pasted rows are checked the same way", async ({ page }) => {
    await page.getByText("Or paste rows").click();
    await page
      .getByLabel("CSV text, header line first")
      .fill("code,value_type,value\nPASTE1,percentage,5\nPASTE 2,percentage,5\n");
    await page.getByRole("button", { name: "Check pasted rows" }).click();
    await expect(page.getByTestId("valid-count")).toHaveText("1");
    await expect(page.getByTestId("invalid-rows")).toContainText("must not contain spaces");
  });

  test("update and delete rows must name discounts that exist, asked of Recharge before submitting", async ({
    page,
  }) => {
    const sandbox = await Sandbox.connect();
    // Read, never deleted: the delete batch below is only previewed.
    const discount = await sandbox.claim<{ id: number }>("discounts", "");
    await sandbox.close();
    await page.getByLabel("Delete discount codes").check();
    await page
      .getByLabel("CSV file")
      .setInputFiles(csvFile("delete.csv", ["id"], [[String(discount.id)], ["987654321"], ["abc"]]));
    await expect(page.getByTestId("valid-count")).toHaveText("1");
    await expect(page.getByTestId("invalid-count")).toHaveText("2");
    const invalid = page.getByTestId("invalid-rows");
    await expect(invalid.getByRole("row").filter({ hasText: "987654321" })).toContainText(
      "no discount has this id",
    );
    await expect(invalid.getByRole("row").filter({ hasText: "abc" })).toContainText("must be a record id");
    await expectNoAxeViolations(page);

    // The confirmation says what will happen; cancelling sends nothing.
    await page.getByRole("button", { name: "Submit 1 ready row…" }).click();
    await expect(page.getByRole("dialog")).toContainText("Recharge will run 1 delete task from delete.csv");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
  });
});
