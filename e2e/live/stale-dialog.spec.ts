import { expect, mutation, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";

type Charge = { id: number; status: string; line_items: { purchase_item_id: number }[] };
type Subscription = { id: number; status: string; next_charge_scheduled_at: string | null };

// The agent has the dialog open; the record changes under it. Webhook → /api/events poll → re-read.
test.use({ storageState: "e2e/.auth/agent.json", timezoneId: "UTC" });

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a charge skipped in Recharge while its Skip dialog is open says so, and cannot be skipped again", async ({
  page,
  sandbox,
}) => {
  const charge = await sandbox.claim<Charge>("charges", "status=queued");
  await page.goto(`/charges/${charge.id}`);
  await page.getByRole("button", { name: "Skip", exact: true }).click();
  const dialog = page.getByRole("dialog");
  const confirm = dialog.getByRole("button", { name: "Skip charge" });
  await expect(confirm).toBeEnabled();
  await expect(dialog.getByTestId("record-changed")).toHaveCount(0);

  await sandbox.changeElsewhere(`/charges/${charge.id}/skip`, {
    purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id),
  });

  const notice = dialog.getByTestId("record-changed");
  await expect(notice).toContainText(
    /This charge was skipped (just now|\d+ seconds? ago) outside this dashboard/,
  );
  await expect(notice).toContainText("Skip is not possible for a skipped charge.");
  await expect(confirm).toBeDisabled();
  // The dialog stayed open while the page behind it (hidden from the accessibility tree by the modal)
  // moved on to the skipped charge.
  await expect(page.locator("h1")).toContainText("skipped");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await sandbox.requests("POST", `/charges/${charge.id}/skip`)).toHaveLength(1);
});

test("a subscription changed by another operator asks for a check, names them, then cancels as asked", async ({
  page,
  api,
  sandbox,
}) => {
  const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
  await page.goto(`/subscriptions/${subscription.id}`);
  await page.getByRole("button", { name: "Cancel subscription" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Cancellation reason").selectOption("Too expensive");
  const confirm = dialog.getByRole("button", { name: "Cancel subscription" });
  await expect(confirm).toBeEnabled();

  const moved = await api.admin.post(
    `/api/subscriptions/${subscription.id}/set_next_charge_date`,
    mutation({ date: inDays(50) }),
  );
  expect(moved.status()).toBe(200);

  const notice = dialog.getByTestId("record-changed");
  await expect(notice).toContainText(
    /This subscription had its next charge date moved to \w{3} \d{1,2}, \d{4} (just now|\d+ seconds? ago) by Ada Admin\./,
  );
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(page, '[role="dialog"]');
  // The choice made before the change is kept; only the check is asked for.
  await expect(dialog.getByLabel("Cancellation reason")).toHaveValue("Too expensive");
  await dialog.getByLabel("I have checked the current subscription").check();
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("cancelled");
  const after = await sandbox.get<{ subscription: Subscription }>(`/subscriptions/${subscription.id}`);
  expect(after.subscription.status).toBe("cancelled");
  expect(await sandbox.requests("POST", `/subscriptions/${subscription.id}/cancel`)).toHaveLength(1);
});
