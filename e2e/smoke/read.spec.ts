import { expect, test } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";
import { smokeStorageState } from "./operators.mjs";

type CustomerPage = { customers: { id: number }[] };
type Charge = {
  id: number;
  total_price: string;
  total_refunds: string | null;
  customer: { email: string };
  line_items: { title: string }[];
};

test.use({ storageState: smokeStorageState("agent") });

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("reading from Recharge in production", () => {
  test("the customers list shows the sandbox's first page, row for row", async ({ page }) => {
    const expected = await sandbox.get<CustomerPage>("/customers?limit=50");
    expect(expected.customers).toHaveLength(50);
    await page.goto("/customers");
    const table = page.getByRole("table", { name: "Customers" });
    await expect(table.getByRole("cell", { name: /^#\d+$/ })).toHaveText(
      expected.customers.map((customer) => `#${customer.id}`),
    );
  });

  test("a charge's page shows the sandbox's charge: customer, items and what is still refundable", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=partially_refunded");
    await page.goto(`/charges/${charge.id}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText(`Charge #${charge.id}`);
    await expect(heading).toContainText("partially refunded");
    await expect(page.getByRole("link", { name: charge.customer.email })).toBeVisible();
    await expect(page.getByRole("table", { name: `Items in charge #${charge.id}` })).toContainText(
      charge.line_items[0]!.title,
    );
    const refundable = (Number(charge.total_price) - Number(charge.total_refunds)).toFixed(2);
    await expect(page.getByTestId("charge-refundable")).toContainText(refundable);
  });
});
