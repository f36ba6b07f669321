import { expect, test, type Page } from "@playwright/test";
import { clickUntil } from "../fixtures/click-until";
import { Sandbox } from "../fixtures/sandbox";

test.use({ storageState: "e2e/.auth/admin.json" });

type Customer = {
  id: number;
  email: string;
  first_name: string | null;
  last_name: string | null;
};
type Address = { id: number; address1: string };
type Subscription = { id: number; customer_id: number };
type Charge = { id: number; customer: { id: number } };

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
/** The "#id" links of a section's table, in order. */
const idLinks = (page: Page, sectionName: string) =>
  section(page, sectionName)
    .getByRole("table")
    .getByRole("link", { name: /^#\d+$/ });
const asLinks = (records: { id: number }[]) => records.map((record) => `#${record.id}`);

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

/**
 * A customer no other spec reads while this one injects a fault on their record: specs pick their
 * records from the oldest (`sort_by=id-asc`), and the list specs open only the newest page's rows.
 */
async function aQuietCustomer(): Promise<Customer> {
  const newest = await sandbox.get<{ customers: Customer[] }>("/customers?limit=100");
  expect(newest.customers.length).toBeGreaterThan(60);
  return newest.customers[60]!;
}

/** The customer of an active subscription this spec claims: they have at least one subscription. */
async function customerWithSubscriptions(): Promise<Customer> {
  const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
  return (await sandbox.get<{ customer: Customer }>(`/customers/${subscription.customer_id}`)).customer;
}

test.describe("customer detail", () => {
  test("shows the sandbox's customer: profile, addresses, subscriptions and both charge tables", async ({
    page,
  }) => {
    const customer = await customerWithSubscriptions();
    const [addresses, subscriptions, upcoming, history] = await Promise.all([
      sandbox.get<{ addresses: Address[] }>(`/addresses?customer_id=${customer.id}&limit=25`),
      sandbox.get<{ subscriptions: { id: number }[] }>(`/subscriptions?customer_id=${customer.id}&limit=25`),
      sandbox.get<{ charges: { id: number }[] }>(
        `/charges?customer_id=${customer.id}&status=queued&sort_by=scheduled_at-asc&limit=25`,
      ),
      sandbox.get<{ charges: { id: number }[] }>(`/charges?customer_id=${customer.id}&limit=25`),
    ]);

    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${customer.first_name} ${customer.last_name}`,
    );
    await expect(section(page, "Profile")).toContainText(customer.email);

    const cards = section(page, "Addresses")
      .getByRole("listitem")
      .filter({ has: page.getByRole("article") });
    await expect(cards).toHaveCount(addresses.addresses.length);
    for (const address of addresses.addresses) {
      await expect(section(page, "Addresses")).toContainText(`#${address.id}`);
      await expect(section(page, "Addresses")).toContainText(address.address1);
    }

    await expect(idLinks(page, "Subscriptions")).toHaveText(asLinks(subscriptions.subscriptions));
    await expect(idLinks(page, "Upcoming charges")).toHaveText(asLinks(upcoming.charges));
    await expect(idLinks(page, "Charge history")).toHaveText(asLinks(history.charges));
  });

  test("the history's status picker lists the sandbox's charges of that status and survives a reload", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const successful = await sandbox.get<{ charges: { id: number }[] }>(
      `/charges?customer_id=${charge.customer.id}&status=success&limit=25`,
    );
    await page.goto(`/customers/${charge.customer.id}`);
    await section(page, "Charge history").getByLabel("Status").selectOption("success");
    await expect(page).toHaveURL(/history_status=success/);
    await expect(idLinks(page, "Charge history")).toHaveText(asLinks(successful.charges));

    await page.reload();
    await expect(section(page, "Charge history").getByLabel("Status")).toHaveValue("success");
    await expect(idLinks(page, "Charge history")).toHaveText(asLinks(successful.charges));
  });

  test("keyboard only: Enter on a subscription row opens the subscription", async ({ page }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await page.goto(`/customers/${subscription.customer_id}`);
    await section(page, "Subscriptions")
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: `#${subscription.id}`, exact: true }) })
      .focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/subscriptions/${subscription.id}`);
  });

  test("an unknown customer is a 404 page that names the id", async ({ page }) => {
    const response = await page.goto("/customers/123");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Customer not found");
    await expect(page.getByTestId("customer-not-found")).toContainText("No customer with id 123.");
  });

  test("a failing read shows the server's message with Retry, which recovers", async ({ page }) => {
    const customer = await aQuietCustomer();
    const fault = await sandbox.addFault({ method: "GET", path: `/customers/${customer.id}`, status: 503 });
    try {
      await page.goto(`/customers/${customer.id}`);
      await expect(page.getByTestId("load-error")).toContainText("Recharge is not answering right now");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Customer #${customer.id}`);
    } finally {
      await sandbox.removeFault(fault);
    }
    await clickUntil(page.getByRole("button", { name: "Retry", exact: true }), () =>
      expect(page.getByRole("heading", { level: 1 })).toHaveText(
        `${customer.first_name} ${customer.last_name}`,
        {
          timeout: 2_000,
        },
      ),
    );
    await expect(section(page, "Profile")).toContainText(customer.email);
  });
});
