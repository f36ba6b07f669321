import { expect, test, type Page } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

type Subscription = {
  id: number;
  status: string;
  next_charge_scheduled_at: string | null;
  address_id: number;
};

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.use({ storageState: "e2e/.auth/agent.json", timezoneId: "UTC" });

const dialog = (page: Page) => page.getByRole("dialog");
const subscriptionOf = async (id: number) =>
  (await sandbox.get<{ subscription: Subscription }>(`/subscriptions/${id}`)).subscription;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("subscription actions as an agent", () => {
  test("move the next charge date: past dates are refused in the dialog, a future one is applied", async ({
    page,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await page.goto(`/subscriptions/${subscription.id}`);
    await page.getByRole("button", { name: "Change next charge date" }).click();
    await dialog(page).getByLabel("New next charge date").fill(inDays(-1));
    await expect(dialog(page).getByText("Choose a date after today.")).toBeVisible();
    await expect(dialog(page).getByRole("button", { name: /^Move/ })).toBeDisabled();

    const target = inDays(45);
    await dialog(page).getByLabel("New next charge date").fill(target);
    await dialog(page)
      .getByRole("button", { name: /^Move to/ })
      .click();
    await expect(dialog(page)).toBeHidden();
    await expect(
      page.getByText(`Next charge of subscription #${subscription.id} moved to`).first(),
    ).toBeVisible();
    expect((await subscriptionOf(subscription.id)).next_charge_scheduled_at).toContain(target);
    expect(
      await sandbox.requests("POST", `/subscriptions/${subscription.id}/set_next_charge_date`),
    ).toHaveLength(1);
  });

  test("cancel needs a cancellation reason; reactivate brings it back", async ({ page }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await page.goto(`/subscriptions/${subscription.id}`);
    await page.getByRole("button", { name: "Cancel subscription" }).click();
    await expect(dialog(page).getByRole("button", { name: "Cancel subscription" })).toBeDisabled();
    await dialog(page).getByLabel("Cancellation reason").selectOption("Too expensive");
    await dialog(page).getByLabel("What the customer said (optional)").fill("found a cheaper plan");
    await dialog(page).getByRole("button", { name: "Cancel subscription" }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("cancelled");
    expect((await subscriptionOf(subscription.id)).status).toBe("cancelled");

    await page.getByRole("button", { name: "Reactivate" }).click();
    await dialog(page).getByRole("button", { name: "Reactivate" }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("active");
    expect((await subscriptionOf(subscription.id)).status).toBe("active");
  });

  test("Escape cancels a dialog and nothing is sent", async ({ page }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await page.goto(`/subscriptions/${subscription.id}`);
    await page.getByRole("button", { name: "Cancel subscription" }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByLabel("Cancellation reason")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Cancel subscription" })).toBeFocused();
    expect(await sandbox.requests("POST", `/subscriptions/${subscription.id}/cancel`)).toEqual([]);
  });
});
