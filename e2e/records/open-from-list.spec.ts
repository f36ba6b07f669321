import { expect, test } from "@playwright/test";
import { waitForHydration } from "../fixtures/hydrated";
import { Sandbox } from "../fixtures/sandbox";

// Opening a row does not wait on Recharge (issue #18, "open a row ≤ 150 ms"): a click inside the
// app renders the record page at once from the row the list already holds, and the record's own read
// then decides what stays. Each test holds that read at the sandbox (a delay fault on its one path)
// and checks the sandbox's request log, which records a call when it is answered: the record on
// screen with no answer logged yet is what proves it came from the list, with no clock involved.

test.use({ storageState: "e2e/.auth/viewer.json" });

type Charge = { id: number; status: string };
type Subscription = { id: number; customer_id: number; product_title: string | null };
type Customer = { id: number; email: string };

// Below the BFF's 10 s upstream timeout, which would turn the held answer into a retried 503.
const HELD_MS = 6_000;

test("a charge opens from its row before Recharge answers, and the read's answer wins: gone upstream is not found", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  const charge = await sandbox.claim<Charge>("charges", "status=queued");
  await page.goto(`/charges?ids=${charge.id}`);
  const link = page.getByRole("table", { name: "Charges" }).getByRole("link", { name: `#${charge.id}` });
  await expect(link).toBeVisible();
  await waitForHydration(page);

  // Recharge will say, late, that the charge is gone (a 404 for this one read).
  const fault = await sandbox.addFault({
    method: "GET",
    path: `/charges/${charge.id}`,
    status: 404,
    delay_ms: HELD_MS,
    times: 1,
  });
  try {
    await link.click();
    await expect(page).toHaveURL(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await expect(page.getByRole("heading", { name: "Schedule and outcome" })).toBeVisible();
    // The page says the charge is the list's row, still being checked.
    await expect(page.getByTestId("record-confirming")).toHaveText(
      "Shown from the list · checking this charge with Recharge…",
    );
    expect(await sandbox.requests("GET", `/charges/${charge.id}`), "no answer yet").toHaveLength(0);

    // The answer replaces the row: no stale charge stays on screen.
    await expect(page.getByTestId("detail-not-found")).toContainText(`No charge with id ${charge.id}.`, {
      timeout: HELD_MS + 10_000,
    });
    await expect(page.getByRole("heading", { name: "Schedule and outcome" })).toHaveCount(0);
  } finally {
    await sandbox.removeFault(fault);
    await sandbox.close();
  }

  // A document load reads first, on the server: the charge is there again.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
});

test("a subscription opens from its row before Recharge answers, then gains what only its read includes", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  const subscription = await sandbox.claim<Subscription>("subscriptions", "status=expired");
  const { customer } = await sandbox.get<{ customer: Customer }>(`/customers/${subscription.customer_id}`);
  await page.goto(`/subscriptions?ids=${subscription.id}`);
  const row = page.getByRole("table").getByRole("row").nth(1);
  await expect(row).toContainText(String(subscription.id));
  await waitForHydration(page);

  // The record's read answers, late but whole (with its customer and address included).
  const fault = await sandbox.addFault({
    method: "GET",
    path: `/subscriptions/${subscription.id}`,
    delay_ms: HELD_MS,
    times: 1,
  });
  try {
    await row.getByRole("cell").nth(4).click();
    await expect(page).toHaveURL(`/subscriptions/${subscription.id}`);
    const customerLink = page.getByTestId("subscription-customer");
    // From the row: the subscription, its customer by id (a list row carries no included records).
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(customerLink).toHaveText(`Customer #${subscription.customer_id}`);
    await expect(page.getByTestId("record-confirming")).toBeVisible();
    expect(await sandbox.requests("GET", `/subscriptions/${subscription.id}`), "no answer yet").toHaveLength(
      0,
    );

    // From the read: the customer named (with their email), the address written out.
    await expect(customerLink).not.toHaveText(`Customer #${subscription.customer_id}`, {
      timeout: HELD_MS + 10_000,
    });
    await expect(customerLink.locator("..")).toContainText(customer.email);
    await expect(page.getByTestId("subscription-address")).toBeVisible();
    await expect(page.getByTestId("record-confirming")).toHaveCount(0);
  } finally {
    await sandbox.removeFault(fault);
    await sandbox.close();
  }
});
