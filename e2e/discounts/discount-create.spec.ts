import { expect, test } from "../fixtures/api";
import { expectNoAxeViolations } from "../fixtures/axe";
import { createBodiesFor, createDiscountElsewhere, discountsWithCode, uniqueCode } from "./discount-fixtures";

test.use({ storageState: "e2e/.auth/admin.json", timezoneId: "UTC", locale: "en-US" });

// In order, one at a time: the lost-answer test delays every `POST /discounts` the sandbox receives
// while it runs (a fault matches by path, and creates share one), and a create through the app beside
// it would lose its answer too. Specs in other files only create straight in the sandbox, which waits.
test.describe.configure({ mode: "default" });

const CREATE = "Create discount code";

test.describe("new discount form (admin)", () => {
  test("creates a code with exactly the entered settings, reached from the list's New discount", async ({
    page,
    sandbox,
  }) => {
    const code = uniqueCode("FORM");
    await page.goto("/discounts");
    await page.getByRole("link", { name: "New discount" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New discount" })).toBeVisible();

    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("radio", { name: "Fixed amount" }).check();
    await page.getByLabel("Value", { exact: true }).fill("7.50");
    await page.getByLabel("Minimum subtotal").fill("25.00");
    await page.getByRole("radio", { name: "Subscriptions" }).check();
    await page.getByRole("radio", { name: "Specific products" }).check();
    await page.getByLabel("Product ids").fill("111, 222");
    await page.getByRole("checkbox", { name: "Checkout page" }).uncheck();
    await page.getByRole("checkbox", { name: "Once per customer" }).check();
    await page.getByLabel("Max subsequent redemptions").fill("3");
    await page.getByLabel("Starts").fill("2027-01-01T09:30");
    await page.getByLabel("Ends").fill("2027-02-01T00:00");
    await page.getByLabel("Reason").fill("spring campaign");
    await page.getByRole("button", { name: CREATE }).click();

    // Success only once Recharge confirmed: the new code's own page, with what the sandbox holds.
    await expect(page).toHaveURL(/\/discounts\/\d+$/);
    await expect(page.getByText(`Created discount code ${code}.`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    const found = await discountsWithCode(sandbox, code);
    expect(found).toHaveLength(1);
    const created = found[0]!;
    expect(page.url()).toMatch(new RegExp(`/discounts/${created.id}$`));

    const channels = {
      api: { can_apply: true },
      checkout_page: { can_apply: false },
      customer_portal: { can_apply: true },
      merchant_portal: { can_apply: true },
    };
    const appliesTo = { ids: [111, 222], purchase_item_type: "SUBSCRIPTION", resource: "shopify_product" };
    const limits = {
      first_time_customer_restriction: false,
      max_subsequent_redemptions: 3,
      one_application_per_customer: true,
    };
    expect(await createBodiesFor(sandbox, code)).toEqual([
      {
        code,
        value: "7.50",
        value_type: "fixed_amount",
        applies_to: appliesTo,
        channel_settings: channels,
        starts_at: "2027-01-01T09:30:00Z",
        ends_at: "2027-02-01T00:00:00Z",
        usage_limits: limits,
        prerequisite_subtotal_min: "25.00",
      },
    ]);
    expect(created).toMatchObject({
      code,
      value: "7.50",
      value_type: "fixed_amount",
      status: "enabled",
      prerequisite_subtotal_min: "25.00",
      applies_to: appliesTo,
      channel_settings: channels,
      usage_limits: limits,
    });
    expect(Date.parse(created.starts_at!)).toBe(Date.parse("2027-01-01T09:30:00Z"));
    expect(Date.parse(created.ends_at!)).toBe(Date.parse("2027-02-01T00:00:00Z"));
  });

  test("a bad value is named at its field as it is typed, and nothing is sent", async ({ page, sandbox }) => {
    const code = uniqueCode("BAD");
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/discounts")
        sent.push(request.url());
    });
    await page.goto("/discounts/new");
    await page.getByLabel("Code", { exact: true }).fill(code);
    const value = page.getByLabel("Value", { exact: true });
    await value.fill("12.345");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAccessibleDescription(
      "Value must be a non-negative amount with at most two decimals",
    );
    await value.fill("150");
    await expect(value).toHaveAccessibleDescription("Value must be between 0 and 100");

    await page.getByRole("button", { name: CREATE }).click();
    const summary = page.getByTestId("discount-form-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("1 problem stops this from being sent");
    await expect(summary.getByRole("link", { name: "Value must be between 0 and 100" })).toBeVisible();
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: "Value must be between 0 and 100" }).click();
    await expect(value).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/discounts\/new$/);
    expect(sent).toEqual([]);
    expect(await createBodiesFor(sandbox, code)).toEqual([]);
    expect(await discountsWithCode(sandbox, code)).toEqual([]);
  });

  test("sent before its checks have arrived, the form waits for them: the problems show, nothing is sent", async ({
    page,
  }) => {
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/discounts")
        sent.push(request.url());
    });
    await page.goto("/discounts/new");
    // The checks load on the form's first focus (#18): from here scripts arrive late, so the click
    // that focuses the button sends the form before they are here.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.getByRole("button", { name: CREATE }).click();
    const summary = page.getByTestId("discount-form-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Code is required" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Value is required" })).toBeVisible();
    await expect(page).toHaveURL(/\/discounts\/new$/);
    expect(sent).toEqual([]);
  });

  test("a code Recharge refuses shows its reason at the code field; the corrected form goes through", async ({
    page,
    sandbox,
  }) => {
    const taken = await createDiscountElsewhere(sandbox, {
      code: uniqueCode("DUP"),
      value: "5",
      value_type: "percentage",
    });
    await page.goto("/discounts/new");
    const code = page.getByLabel("Code", { exact: true });
    // Codes are unique whatever their case.
    await code.fill(taken.code.toLowerCase());
    await page.getByLabel("Value", { exact: true }).fill("5");
    await page.getByRole("button", { name: CREATE }).click();

    await expect(code).toHaveAttribute("aria-invalid", "true");
    await expect(code).toHaveAccessibleDescription("Code has already been taken");
    await expect(page.getByTestId("discount-form-error")).toContainText("This did not go through");
    await expect(page).toHaveURL(/\/discounts\/new$/);
    expect(await discountsWithCode(sandbox, taken.code)).toEqual([expect.objectContaining({ id: taken.id })]);

    // A refused request keeps its answer under its key: the corrected form is a new request.
    const fresh = uniqueCode("DUPFIX");
    await code.fill(fresh);
    await expect(code).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: CREATE }).click();
    await expect(page).toHaveURL(/\/discounts\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(fresh);
    expect(await discountsWithCode(sandbox, fresh)).toHaveLength(1);
  });

  test("a lost answer shows no success, and sending again with the same Idempotency-Key creates no second code", async ({
    page,
    sandbox,
  }) => {
    // The app gives Recharge 10 s (lib/recharge/transport); the sandbox answers after 12 s.
    test.setTimeout(60_000);
    const code = uniqueCode("LOST");
    const keys: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/discounts")
        keys.push(request.headers()["idempotency-key"] ?? "");
    });
    await page.goto("/discounts/new");
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByLabel("Value", { exact: true }).fill("10");

    const notice = page.getByTestId("discount-form-error");
    // Recharge applies the create, but its answer arrives after the app stopped waiting.
    const fault = await sandbox.addFault({ method: "POST", path: "/discounts", delay_ms: 12_000 });
    try {
      await page.getByRole("button", { name: CREATE }).click();
      await expect(notice).toContainText("We could not confirm whether this went through.", {
        timeout: 20_000,
      });
    } finally {
      await sandbox.removeFault(fault);
    }
    await expect(page).toHaveURL(/\/discounts\/new$/);
    await expect(page.getByText(`Created discount code ${code}.`)).toHaveCount(0);
    // The fields are locked: what is sent again is the very same request.
    await expect(page.getByLabel("Code", { exact: true })).toBeDisabled();
    await expect(notice.getByRole("link", { name: `Look for ${code} in the discounts list` })).toBeVisible();
    await expect
      .poll(async () => (await discountsWithCode(sandbox, code)).length, { timeout: 15_000 })
      .toBe(1);

    const retried = page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname === "/api/discounts",
    );
    await page.getByRole("button", { name: CREATE }).click();
    expect((await retried).status()).toBe(503);
    await expect(notice).toContainText("We could not confirm whether this went through.");
    await expect(page).toHaveURL(/\/discounts\/new$/);

    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await createBodiesFor(sandbox, code)).toHaveLength(1);
    expect(await discountsWithCode(sandbox, code)).toHaveLength(1);
  });
});
