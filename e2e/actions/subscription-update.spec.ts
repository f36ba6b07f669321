import type { Page } from "@playwright/test";
import { expect, mutation, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import type { Sandbox } from "../fixtures/sandbox";

// Change a subscription's quantity or interval (PUT /api/subscriptions/{id} → Recharge's
// PUT /subscriptions/{id}?commit=true). Each test claims its own active subscription.

type Subscription = {
  id: number;
  status: string;
  quantity: number;
  price: string;
  order_interval_unit: string;
  order_interval_frequency: number;
  charge_interval_frequency: number;
  next_charge_scheduled_at: string | null;
};
type LineItem = { purchase_item_id: number; quantity: number; unit_price: string; total_price: string };
type Charge = {
  id: number;
  currency: string;
  scheduled_at: string;
  total_price: string;
  total_line_items_price: string;
  line_items: LineItem[];
};

test.use({ storageState: "e2e/.auth/agent.json", timezoneId: "UTC", locale: "en-US" });

const LABEL = "Change quantity or frequency";
const dialog = (page: Page) => page.getByRole("dialog");

/** Exact cents of a Recharge amount ("19.9" → 1990), and back: the spec's own arithmetic, no floats. */
const cents = (amount: string) => {
  const [whole = "0", fraction = ""] = amount.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
};
const amount = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, "0")}`;
/** As the dashboard shows money (en-US, the charge's currency). */
const money = (value: string, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(value as `${number}`);

const subscriptionOf = async (sandbox: Sandbox, id: number) =>
  (await sandbox.get<{ subscription: Subscription }>(`/subscriptions/${id}`)).subscription;
const queuedChargeOf = async (sandbox: Sandbox, id: number) =>
  (
    await sandbox.get<{ charges: Charge[] }>(
      `/charges?purchase_item_id=${id}&status=queued&sort_by=scheduled_at-asc&limit=1`,
    )
  ).charges[0];

/**
 * An active subscription whose next queued charge holds only its own line, so no other spec's
 * change to a sibling subscription of the same address can move that charge's subtotal meanwhile.
 */
async function claimWithOwnCharge(sandbox: Sandbox): Promise<{ subscription: Subscription; charge: Charge }> {
  for (let tries = 0; tries < 25; tries += 1) {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    const charge = await queuedChargeOf(sandbox, subscription.id);
    if (charge?.line_items.length === 1) return { subscription, charge };
  }
  throw new Error("no active subscription with a queued charge of its own");
}

/** A number of weeks that differs from the subscription's interval, so the change is a change. */
const otherWeeklyFrequency = (subscription: Subscription) =>
  subscription.order_interval_unit === "week" && subscription.order_interval_frequency === 3 ? 4 : 3;

async function openFromDetailPage(page: Page, id: number) {
  await page.goto(`/subscriptions/${id}`);
  await page.getByRole("button", { name: LABEL }).click();
  await expect(dialog(page)).toBeVisible();
}

test.describe("change a subscription's quantity or frequency, as an agent", () => {
  test("a new quantity: the dialog shows the next charge's line and subtotal before → after, sends only the quantity, and the queued charge shows it", async ({
    page,
    sandbox,
  }) => {
    const { subscription, charge } = await claimWithOwnCharge(sandbox);
    const line = charge.line_items[0]!;
    const quantity = subscription.quantity + 2;
    const lineAfter = cents(line.unit_price) * quantity;
    const subtotalAfter = amount(cents(charge.total_line_items_price) - cents(line.total_price) + lineAfter);
    const $ = (value: string) => money(value, charge.currency);

    await openFromDetailPage(page, subscription.id);
    await dialog(page).getByLabel("Quantity", { exact: true }).fill(String(quantity));
    await expect(dialog(page).getByTestId("next-charge-line")).toHaveText(
      `${line.quantity} × ${$(line.unit_price)} = ${$(line.total_price)} → ${quantity} × ${$(line.unit_price)} = ${$(amount(lineAfter))}`,
    );
    await expect(dialog(page).getByTestId("next-charge-subtotal")).toHaveText(
      `${$(charge.total_line_items_price)} → ${$(subtotalAfter)}`,
    );
    await expect(dialog(page).getByTestId("next-charge-preview")).toContainText(
      "Recharge recalculates those",
    );
    // The interval is untouched: no word of a moving date.
    await expect(dialog(page).getByTestId("next-charge-date-note")).toHaveCount(0);
    await expectNoAxeViolations(page, '[role="dialog"]');
    await dialog(page)
      .getByRole("button", { name: `Change quantity to ${quantity}` })
      .click();

    await expect(dialog(page)).toBeHidden();
    await expect(
      page.getByText(`Subscription #${subscription.id} saved by Recharge: quantity ${quantity},`),
    ).toBeVisible();
    const sent = await sandbox.requests("PUT", `/subscriptions/${subscription.id}`);
    expect(sent).toHaveLength(1);
    // Exactly the quantity (the sandbox logs each body), with Recharge's regeneration in the request.
    expect(sent[0]).toEqual(
      expect.objectContaining({ status: 200, query: { commit: "true" }, body: { quantity } }),
    );
    expect((await subscriptionOf(sandbox, subscription.id)).quantity).toBe(quantity);
    const after = (await queuedChargeOf(sandbox, subscription.id))!;
    expect(after.line_items.find((item) => item.purchase_item_id === subscription.id)?.quantity).toBe(
      quantity,
    );
    expect(after.total_line_items_price).toBe(subtotalAfter);
    // The page read the queued charge again: its new total, as Recharge priced it.
    await expect(page.getByRole("table", { name: "Upcoming charges" })).toContainText($(after.total_price));
  });

  test("a new interval from the row menu: the three interval fields are sent together and the next charge date is recalculated", async ({
    page,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    const every = otherWeeklyFrequency(subscription);
    await page.goto(`/subscriptions?ids=${subscription.id}`);
    await page.getByRole("button", { name: `Actions for subscription #${subscription.id}` }).click();
    await page.getByRole("menuitem", { name: `${LABEL}…` }).click();

    await dialog(page).getByLabel("Deliver every").fill(String(every));
    await dialog(page).getByLabel("Unit", { exact: true }).selectOption("week");
    await expect(dialog(page).getByText(`Charged every ${every} weeks.`)).toBeVisible();
    await expect(dialog(page).getByTestId("next-charge-date-note")).toContainText(
      "will be recalculated by Recharge",
    );
    await dialog(page).getByRole("button", { name: "Change interval" }).click();

    await expect(dialog(page)).toBeHidden();
    // The toast quotes Recharge's answer.
    await expect(
      page.getByText(
        `Subscription #${subscription.id} saved by Recharge: quantity ${subscription.quantity}, every ${every} weeks.`,
      ),
    ).toBeVisible();
    const sent = await sandbox.requests("PUT", `/subscriptions/${subscription.id}`);
    expect(sent).toHaveLength(1);
    // Exactly the three interval fields (the sandbox logs each body): no quantity.
    expect(sent[0]).toEqual(
      expect.objectContaining({
        body: {
          order_interval_unit: "week",
          order_interval_frequency: every,
          charge_interval_frequency: every,
        },
      }),
    );
    expect(await subscriptionOf(sandbox, subscription.id)).toMatchObject({
      quantity: subscription.quantity,
      order_interval_unit: "week",
      order_interval_frequency: every,
      charge_interval_frequency: every,
    });
  });

  test("prepaid: the charge interval is a whole number of deliveries, set only through the Prepaid control", async ({
    page,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await openFromDetailPage(page, subscription.id);
    await dialog(page).getByLabel("Deliver every").fill("2");
    await dialog(page).getByLabel("Unit", { exact: true }).selectOption("week");
    await dialog(page).getByLabel("Prepaid: each charge pays for several deliveries").check();
    const deliveries = dialog(page).getByLabel("Deliveries per charge");
    await deliveries.fill("1");
    await expect(dialog(page).getByText("a whole number, 2 or more")).toBeVisible();
    await expectNoAxeViolations(page, '[role="dialog"]');
    await expect(dialog(page).getByRole("button", { name: "Change interval" })).toBeDisabled();
    await deliveries.fill("3");
    await expect(dialog(page).getByText("Charged every 6 weeks.")).toBeVisible();
    await dialog(page).getByRole("button", { name: "Change interval" }).click();

    await expect(dialog(page)).toBeHidden();
    expect(await subscriptionOf(sandbox, subscription.id)).toMatchObject({
      order_interval_unit: "week",
      order_interval_frequency: 2,
      charge_interval_frequency: 6,
    });
  });

  test("a quantity of 0 is refused as it is typed and nothing is sent", async ({ page, sandbox }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await openFromDetailPage(page, subscription.id);
    const quantity = dialog(page).getByLabel("Quantity", { exact: true });
    await quantity.fill("0");
    await expect(dialog(page).getByText("Enter a whole number, 1 or more.")).toBeVisible();
    await expect(quantity).toHaveAttribute("aria-invalid", "true");
    await expect(dialog(page).getByRole("button", { name: /^Change quantity/ })).toBeDisabled();
    await quantity.press("Enter");
    await quantity.fill("1.5");
    await expect(dialog(page).getByText("Enter a whole number, 1 or more.")).toBeVisible();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await expect(dialog(page)).toBeHidden();
    expect(await sandbox.requests("PUT", `/subscriptions/${subscription.id}`)).toEqual([]);
  });

  test("cancelled in Recharge while the dialog is open: it says so and refuses to confirm", async ({
    page,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await openFromDetailPage(page, subscription.id);
    await dialog(page)
      .getByLabel("Quantity", { exact: true })
      .fill(String(subscription.quantity + 1));
    const confirm = dialog(page).getByRole("button", { name: /^Change quantity to/ });
    await expect(confirm).toBeEnabled();

    await sandbox.changeElsewhere(`/subscriptions/${subscription.id}/cancel`, {
      cancellation_reason: "Other",
    });

    const notice = dialog(page).getByTestId("record-changed");
    await expect(notice).toContainText("This subscription was cancelled");
    await expect(notice).toContainText(
      '"Change quantity or frequency" is not possible for a cancelled subscription.',
    );
    await expect(confirm).toBeDisabled();
    expect(await sandbox.requests("PUT", `/subscriptions/${subscription.id}`)).toEqual([]);
  });

  test("the quantity changed elsewhere while the dialog is open: it names the change and refuses to confirm", async ({
    page,
    api,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await openFromDetailPage(page, subscription.id);
    await dialog(page)
      .getByLabel("Quantity", { exact: true })
      .fill(String(subscription.quantity + 1));
    const confirm = dialog(page).getByRole("button", { name: /^Change quantity to/ });
    await expect(confirm).toBeEnabled();

    // Another operator (the admin) changes the quantity first.
    const other = subscription.quantity + 5;
    const changed = await api.admin.put(
      `/api/subscriptions/${subscription.id}`,
      mutation({ quantity: other }),
    );
    expect(changed.status()).toBe(200);

    const notice = dialog(page).getByTestId("record-changed");
    await expect(notice).toContainText(`had its quantity changed from ${subscription.quantity} to ${other}`);
    await expect(notice).toContainText("Close this dialog and open it again");
    await expect(confirm).toBeDisabled();
    expect(await sandbox.requests("PUT", `/subscriptions/${subscription.id}`)).toHaveLength(1);
  });

  test("Recharge's own refusal is shown at its field: cancelled after the last reading the dashboard could make", async ({
    page,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await openFromDetailPage(page, subscription.id);
    const quantity = subscription.quantity + 1;
    await dialog(page).getByLabel("Quantity", { exact: true }).fill(String(quantity));
    await expect(dialog(page).getByTestId("next-charge-subtotal")).toContainText("→");

    // From here the dashboard cannot read the subscription again, so it does not learn of the
    // cancellation below: only Recharge's answer to the update can tell.
    const blind = await sandbox.addFault({
      method: "GET",
      path: `/subscriptions/${subscription.id}`,
      status: 503,
    });
    try {
      await sandbox.changeElsewhere(`/subscriptions/${subscription.id}/cancel`, {
        cancellation_reason: "Other",
      });
      await dialog(page)
        .getByRole("button", { name: `Change quantity to ${quantity}` })
        .click();
      await expect(dialog(page).getByTestId("status-refusal")).toContainText(
        "a cancelled subscription is only updated with force_update=true",
      );
      await expect(dialog(page).getByTestId("action-error")).toContainText("This did not go through.");
      await expect(dialog(page)).toBeVisible();
    } finally {
      await sandbox.removeFault(blind);
    }
    const sent = await sandbox.requests("PUT", `/subscriptions/${subscription.id}`);
    expect(sent.map((request) => request.status)).toEqual([422]);
    expect(await subscriptionOf(sandbox, subscription.id)).toMatchObject({
      status: "cancelled",
      quantity: subscription.quantity,
    });
  });

  test("a lost answer shows no success, says the outcome is unknown, and the same key never applies it twice", async ({
    page,
    api,
    sandbox,
  }) => {
    // The app gives Recharge 10 s (lib/recharge/transport); the sandbox answers after 12 s.
    test.setTimeout(90_000);
    const { subscription } = await claimWithOwnCharge(sandbox);
    const quantity = subscription.quantity + 1;
    const sentByPage: { key: string; body: unknown }[] = [];
    page.on("request", (request) => {
      if (
        request.method() === "PUT" &&
        new URL(request.url()).pathname === `/api/subscriptions/${subscription.id}`
      )
        sentByPage.push({ key: request.headers()["idempotency-key"] ?? "", body: request.postDataJSON() });
    });
    await openFromDetailPage(page, subscription.id);
    await dialog(page).getByLabel("Quantity", { exact: true }).fill(String(quantity));
    await expect(dialog(page).getByTestId("next-charge-subtotal")).toContainText("→");

    // Recharge applies the update, but its answer arrives after the app stopped waiting.
    const fault = await sandbox.addFault({
      method: "PUT",
      path: `/subscriptions/${subscription.id}`,
      delay_ms: 12_000,
    });
    try {
      await dialog(page)
        .getByRole("button", { name: `Change quantity to ${quantity}` })
        .click();
      await expect(dialog(page).getByTestId("action-error")).toContainText(
        "We could not confirm whether this went through.",
        { timeout: 25_000 },
      );
    } finally {
      await sandbox.removeFault(fault);
    }
    await expect(dialog(page)).toBeVisible();
    await expect(page.getByText(`Subscription #${subscription.id} saved by Recharge`)).toHaveCount(0);
    await expect(
      dialog(page).getByRole("button", { name: `Re-check subscription #${subscription.id}` }),
    ).toBeVisible();

    // The delayed update lands; sending the very same request again (same key, same body) is
    // answered from the record read back, and Recharge receives nothing more.
    await expect
      .poll(async () => (await subscriptionOf(sandbox, subscription.id)).quantity, { timeout: 15_000 })
      .toBe(quantity);
    expect(sentByPage).toHaveLength(1);
    const [first] = sentByPage;
    const replay = await api.agent.put(
      `/api/subscriptions/${subscription.id}`,
      mutation(first!.body, first!.key),
    );
    expect(replay.status()).toBe(200);
    expect((await replay.json()).data).toMatchObject({ id: subscription.id, quantity });
    expect(await sandbox.requests("PUT", `/subscriptions/${subscription.id}`)).toHaveLength(1);

    // Re-checking shows the applied change, and the dialog no longer offers to send it.
    await dialog(page)
      .getByRole("button", { name: `Re-check subscription #${subscription.id}` })
      .click();
    await expect(dialog(page).getByTestId("record-changed")).toContainText(
      `had its quantity changed from ${subscription.quantity} to ${quantity}`,
    );
    // Its confirm button (whatever it now says) stays disabled.
    await expect(dialog(page).locator('button[type="submit"]')).toBeDisabled();
    expect(await sandbox.requests("PUT", `/subscriptions/${subscription.id}`)).toHaveLength(1);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("a viewer is offered no quantity or frequency change, on the page or in the row menu", async ({
    page,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    await page.goto(`/subscriptions/${subscription.id}`);
    await expect(page.getByTestId("subscription-no-actions")).toBeVisible();
    await expect(page.getByRole("button", { name: LABEL })).toHaveCount(0);
    await page.goto(`/subscriptions?ids=${subscription.id}`);
    await expect(page.getByRole("table", { name: "Subscriptions" })).toContainText(String(subscription.id));
    await expect(
      page.getByRole("button", { name: `Actions for subscription #${subscription.id}` }),
    ).toHaveCount(0);
  });
});
