import { expect, test } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

test.use({ storageState: "e2e/.auth/viewer.json" });

type Charge = {
  id: number;
  status: string;
  total_price: string;
  total_refunds: string | null;
  currency: string;
  customer: { email: string };
  line_items: { title: string }[];
};

test.describe("charge detail", () => {
  test("shows the sandbox's charge: customer, items, totals and what is still refundable", async ({
    page,
  }) => {
    const sandbox = await Sandbox.connect();
    const charge = await sandbox.pick<Charge>("charges", "charges", "status=partially_refunded", 0);
    await sandbox.close();

    await page.goto(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("partially refunded");
    await expect(page.getByRole("link", { name: charge.customer.email })).toBeVisible();
    await expect(page.getByRole("table", { name: `Items in charge #${charge.id}` })).toContainText(
      charge.line_items[0]!.title,
    );
    const refundable = (Number(charge.total_price) - Number(charge.total_refunds)).toFixed(2);
    await expect(page.getByTestId("charge-refundable")).toContainText(refundable);
  });

  test("an unknown charge is a 404 page", async ({ page }) => {
    const response = await page.goto("/charges/123");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("a failing read shows the server's message with Retry, which recovers", async ({ page }) => {
    const sandbox = await Sandbox.connect();
    const charge = await sandbox.pick<Charge>("charges", "charges", "status=error", 5);
    await page.goto(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);

    const fault = await sandbox.addFault({ method: "GET", path: `/charges/${charge.id}`, status: 503 });
    try {
      await page.goto(`/charges/${charge.id}`);
      await expect(page.getByTestId("load-error")).toContainText("Recharge is not answering right now");
    } finally {
      await sandbox.removeFault(fault);
    }
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await sandbox.close();
  });
});
