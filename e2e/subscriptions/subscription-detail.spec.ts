import { expect, test, type Page } from "@playwright/test";
import { formatDate, formatDateTime, formatMoney } from "../../components/data-table/format";
import { clickUntil } from "../fixtures/click-until";
import { Sandbox } from "../fixtures/sandbox";

// UTC and en-US: dates then read exactly as the shared formatters print them.
test.use({ storageState: "e2e/.auth/viewer.json", timezoneId: "UTC", locale: "en-US" });

type Subscription = {
  id: number;
  address_id: number;
  customer_id: number;
  cancellation_reason: string | null;
  cancellation_reason_comments: string | null;
  cancelled_at: string | null;
  charge_interval_frequency: number;
  created_at: string;
  next_charge_scheduled_at: string | null;
  order_interval_frequency: number;
  order_interval_unit: string;
  presentment_currency: string;
  price: string;
  product_title: string;
  quantity: number;
  sku: string | null;
  status: string;
  updated_at: string;
  variant_title: string | null;
};
type ChargePage = { charges: { id: number; status: string }[] };

const interval = (frequency: number, unit: string) =>
  frequency === 1 ? `every ${unit}` : `every ${frequency} ${unit}s`;

/** The "Subscription" section's values, in order, as the page should print them. */
function overviewValues(subscription: Subscription): string[] {
  const charged =
    subscription.charge_interval_frequency === subscription.order_interval_frequency
      ? []
      : [interval(subscription.charge_interval_frequency, subscription.order_interval_unit)];
  return [
    subscription.product_title,
    subscription.variant_title ?? "—",
    subscription.sku ?? "—",
    formatMoney(subscription.price, subscription.presentment_currency),
    String(subscription.quantity),
    interval(subscription.order_interval_frequency, subscription.order_interval_unit),
    ...charged,
    subscription.status,
    formatDate(subscription.next_charge_scheduled_at),
    formatDateTime(subscription.created_at),
    formatDateTime(subscription.updated_at),
  ];
}

const chargeLinks = (page: Page, caption: string) =>
  page.getByRole("table", { name: caption }).getByRole("link", { name: /^#\d+$/ });

const chargeIds = (page: ChargePage) => page.charges.map((charge) => `#${charge.id}`);

/** An expired subscription (no action changes those) with at least one charge, from the nth on. */
async function expiredWithCharges(sandbox: Sandbox, nth: number) {
  const expired = await sandbox.get<{ subscriptions: Subscription[] }>(
    "/subscriptions?status=expired&sort_by=id-asc&limit=250",
  );
  for (const subscription of expired.subscriptions.slice(nth)) {
    const history = await sandbox.get<ChargePage>(
      `/charges?purchase_item_id=${subscription.id}&sort_by=scheduled_at-desc&limit=25`,
    );
    if (history.charges.length > 0) return { subscription, history };
  }
  throw new Error("no expired subscription with charges");
}

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("subscription detail", () => {
  test("shows the sandbox's subscription, no upcoming charges and its charge history", async ({ page }) => {
    const { subscription, history } = await expiredWithCharges(sandbox, 5);
    await page.goto(`/subscriptions/${subscription.id}`);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(subscription.product_title);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("expired");
    const overview = page.getByRole("region", { name: "Subscription", exact: true });
    await expect(overview.getByRole("definition")).toHaveText(overviewValues(subscription));

    // Named, not numbered: the customer and address come included with the subscription.
    const { customer: owner } = await sandbox.get<{
      customer: { email: string; first_name: string; last_name: string };
    }>(`/customers/${subscription.customer_id}`);
    const { address } = await sandbox.get<{ address: { address1: string; city: string; zip: string } }>(
      `/addresses/${subscription.address_id}`,
    );
    const customer = page.getByRole("region", { name: "Customer and address" });
    await expect(
      customer.getByRole("link", { name: `${owner.first_name} ${owner.last_name}` }),
    ).toHaveAttribute("href", `/customers/${subscription.customer_id}`);
    await expect(customer).toContainText(owner.email);
    await expect(customer.getByTestId("subscription-address")).toContainText(address.address1);
    await expect(customer.getByTestId("subscription-address")).toContainText(address.city);
    await expect(customer.getByTestId("subscription-address")).toContainText(address.zip);
    await expect(page.getByRole("region", { name: "Cancellation" })).toHaveCount(0);

    await expect(page.getByRole("region", { name: "Upcoming charges" })).toContainText(
      "No queued charges include this subscription.",
    );
    await expect(chargeLinks(page, "Charge history")).toHaveText(chargeIds(history));
    await expect(page.getByRole("region", { name: "Actions" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Actions" }).getByRole("button")).toHaveCount(0);
  });

  test("the history's status filter shows the sandbox's charges of that status", async ({ page }) => {
    const { subscription, history } = await expiredWithCharges(sandbox, 20);
    const status = history.charges[0]!.status;
    await page.goto(`/subscriptions/${subscription.id}`);
    await expect(chargeLinks(page, "Charge history")).toHaveText(chargeIds(history));

    await page.getByLabel("Charge status").selectOption(status);
    const filtered = await sandbox.get<ChargePage>(
      `/charges?purchase_item_id=${subscription.id}&status=${status}&sort_by=scheduled_at-desc&limit=25`,
    );
    await expect(chargeLinks(page, "Charge history")).toHaveText(chargeIds(filtered));
  });

  test("an active subscription lists its queued charges soonest first; a row opens the charge", async ({
    page,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    const queued = await sandbox.get<ChargePage>(
      `/charges?purchase_item_id=${subscription.id}&status=queued&sort_by=scheduled_at-asc&limit=25`,
    );
    expect(queued.charges.length).toBeGreaterThan(0);
    await page.goto(`/subscriptions/${subscription.id}`);
    await expect(chargeLinks(page, "Upcoming charges")).toHaveText(chargeIds(queued));

    await page.getByRole("table", { name: "Upcoming charges" }).getByRole("row").nth(1).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/charges/${queued.charges[0]!.id}`);
  });

  test("a cancelled subscription shows when and why it was cancelled", async ({ page }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=cancelled");
    await page.goto(`/subscriptions/${subscription.id}`);
    const cancellation = page.getByRole("region", { name: "Cancellation" });
    await expect(cancellation.getByRole("definition")).toHaveText([
      formatDateTime(subscription.cancelled_at),
      subscription.cancellation_reason ?? "—",
      subscription.cancellation_reason_comments ?? "—",
    ]);
  });

  test("an unknown id says there is no subscription with that id", async ({ page }) => {
    await page.goto("/subscriptions/999999999");
    await expect(page.getByRole("heading", { level: 1, name: "Subscription not found" })).toBeVisible();
    await expect(page.getByTestId("detail-not-found")).toContainText("No subscription with id 999999999.");
  });

  test("a failing read shows the error with Retry, which recovers", async ({ page }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=expired");
    const fault = await sandbox.addFault({
      method: "GET",
      path: `/subscriptions/${subscription.id}`,
      status: 500,
    });
    try {
      await page.goto(`/subscriptions/${subscription.id}`);
      await expect(page.getByTestId("load-error")).toContainText("This record could not be loaded.");
    } finally {
      await sandbox.removeFault(fault);
    }
    await clickUntil(page.getByRole("button", { name: "Retry", exact: true }), () =>
      expect(page.getByRole("heading", { level: 1 })).toContainText(subscription.product_title, {
        timeout: 2_000,
      }),
    );
  });
});
