import { expect, test } from "@playwright/test";
import { refreshUntil } from "../fixtures/click-until";
import { Sandbox } from "../fixtures/sandbox";

type Charge = { id: number; status: string; customer: { id: number } };

test.use({ storageState: "e2e/.auth/viewer.json" });

test("a charge processed in Recharge changes its badge on an open detail page and list within 5 seconds", async ({
  page,
  browser,
}) => {
  const sandbox = await Sandbox.connect();
  try {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
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

test("a live update whose re-read fails keeps the list's rows and says they may be out of date", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  try {
    type Queued = Charge & { line_items: { purchase_item_id: number }[] };
    const charge = await sandbox.claim<Queued>("charges", "status=queued");
    await page.goto(`/charges?customer_id=${charge.customer.id}`);
    const row = page.getByRole("row").filter({ hasText: new RegExp(`#${charge.id}(?!\\d)`) });
    await expect(row).toContainText("queued");

    const stale = page.getByTestId("data-table-stale");
    const fault = await sandbox.addFault({
      method: "GET",
      path: "/charges",
      query: { customer_id: String(charge.customer.id) },
      status: 503,
    });
    try {
      // Skipped elsewhere: the webhook makes the list re-read, and that read fails.
      await sandbox.changeElsewhere(`/charges/${charge.id}/skip`, {
        purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id),
      });
      await expect(stale).toContainText("Could not refresh this list");
      await expect(row).toContainText("queued");
      await expect(page.getByTestId("data-table-error")).toHaveCount(0);
    } finally {
      await sandbox.removeFault(fault);
    }
    await refreshUntil(stale, () => expect(row).toContainText("skipped", { timeout: 2_000 }));
  } finally {
    await sandbox.close();
  }
});
