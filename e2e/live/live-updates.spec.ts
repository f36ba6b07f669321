import { expect, test } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

type Charge = { id: number; status: string; customer: { id: number } };

test.use({ storageState: "e2e/.auth/viewer.json" });

test("a charge processed in Recharge changes its badge on an open detail page and list within 5 seconds", async ({
  page,
  browser,
}) => {
  const sandbox = await Sandbox.connect();
  try {
    const charge = await sandbox.pick<Charge>("charges", "charges", "status=queued", 120);
    await page.goto(`/charges/${charge.id}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("queued");

    const listPage = await (await browser.newContext({ storageState: "e2e/.auth/viewer.json" })).newPage();
    await listPage.goto(`/charges?customer_id=${charge.customer.id}&status=queued`);
    const row = listPage.getByRole("row").filter({ hasText: new RegExp(`#${charge.id}(?!\\d)`) });
    await expect(row).toContainText("queued");

    const processed = await sandbox.changeElsewhere<{ charge: Charge }>(`/charges/${charge.id}/process`);
    const status = processed.charge.status; // success, or error when the sandbox declines the card
    await expect(heading).toContainText(status, { timeout: 5_000 });
    // The list was filtered on queued: the processed charge leaves it.
    await expect(row).toHaveCount(0, { timeout: 5_000 });
    await listPage.context().close();
  } finally {
    await sandbox.close();
  }
});
