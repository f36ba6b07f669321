import { expect, test } from "@playwright/test";
import { formatDateTime, formatMoney } from "../../components/data-table/format";
import { clickUntil } from "../fixtures/click-until";
import { Sandbox } from "../fixtures/sandbox";

// UTC and en-US: dates then read exactly as the shared formatters print them.
test.use({ storageState: "e2e/.auth/viewer.json", timezoneId: "UTC", locale: "en-US" });

// Seeded discounts only (created before the sandbox's first day): other specs add codes while this
// one runs, and no spec edits or deletes the seeded ones.
const SEEDED = `created_at_max=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}`;

type Discount = {
  id: number;
  code: string;
  value: string;
  value_type: string;
  status: string;
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  updated_at: string;
  prerequisite_subtotal_min: string | null;
  applies_to: { purchase_item_type: string } | null;
  usage_limits: {
    first_time_customer_restriction: boolean;
    max_subsequent_redemptions: number | null;
    one_application_per_customer: boolean;
  };
  channel_settings: Record<
    "api" | "checkout_page" | "customer_portal" | "merchant_portal",
    { can_apply: boolean }
  >;
};

/** The first seeded discount (ascending id) that `matches`. */
async function findDiscount(sandbox: Sandbox, matches: (discount: Discount) => boolean) {
  const page = await sandbox.get<{ discounts: Discount[] }>(`/discounts?${SEEDED}&sort_by=id-asc&limit=250`);
  const found = page.discounts.find(matches);
  if (!found) throw new Error("no seeded discount matches");
  return found;
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("discount detail", () => {
  test("a fixed-amount code with a minimum subtotal and an end date reads as the sandbox has it", async ({
    page,
  }) => {
    const discount = await findDiscount(
      sandbox,
      (d) => d.value_type === "fixed_amount" && d.prerequisite_subtotal_min !== null && d.ends_at !== null,
    );
    await page.goto(`/discounts/${discount.id}`);

    await expect(page.getByRole("heading", { level: 1 })).toContainText(discount.code);
    await expect(
      page.getByRole("region", { name: "Discount", exact: true }).getByRole("definition"),
    ).toHaveText([
      discount.code,
      `${formatMoney(discount.value, "USD")} off`,
      "Fixed amount",
      discount.status.replaceAll("_", " "),
      formatMoney(discount.prerequisite_subtotal_min, "USD"),
      formatDateTime(discount.starts_at),
      formatDateTime(discount.ends_at),
      formatDateTime(discount.created_at),
      formatDateTime(discount.updated_at),
      "—",
    ]);
    await expect(page.getByRole("region", { name: "Actions" }).getByRole("button")).toHaveCount(0);
  });

  test("a percentage code shows its percentage, usage limits and channels", async ({ page }) => {
    const discount = await findDiscount(
      sandbox,
      (d) =>
        d.value_type === "percentage" &&
        d.usage_limits.max_subsequent_redemptions !== null &&
        !d.channel_settings.checkout_page.can_apply,
    );
    await page.goto(`/discounts/${discount.id}`);

    const value = page.getByRole("region", { name: "Discount", exact: true }).getByRole("definition").nth(1);
    await expect(value).toHaveText(`${Number(discount.value)}% off`);
    await expect(page.getByRole("region", { name: "Usage limits" }).getByRole("definition")).toHaveText([
      yesNo(discount.usage_limits.one_application_per_customer),
      yesNo(discount.usage_limits.first_time_customer_restriction),
      String(discount.usage_limits.max_subsequent_redemptions),
    ]);
    const channels = page.getByRole("table", { name: "Channels where the code can be applied" });
    await expect(channels.getByRole("row", { name: /Checkout page/ })).toContainText("No");
    await expect(channels.getByRole("row", { name: /API/ })).toContainText(
      yesNo(discount.channel_settings.api.can_apply),
    );
  });

  test("an unknown id says there is no discount with that id", async ({ page }) => {
    await page.goto("/discounts/999999999");
    await expect(page.getByRole("heading", { level: 1, name: "Discount not found" })).toBeVisible();
    await expect(page.getByTestId("detail-not-found")).toContainText("No discount with id 999999999.");
  });

  test("a failing read shows the error with Retry, which recovers", async ({ page }) => {
    const discount = await sandbox.claim<Discount>("discounts", `${SEEDED}&status=enabled`);
    const fault = await sandbox.addFault({ method: "GET", path: `/discounts/${discount.id}`, status: 500 });
    try {
      await page.goto(`/discounts/${discount.id}`);
      await expect(page.getByTestId("load-error")).toContainText("This record could not be loaded.");
    } finally {
      await sandbox.removeFault(fault);
    }
    await clickUntil(page.getByRole("button", { name: "Retry", exact: true }), () =>
      expect(page.getByRole("heading", { level: 1 })).toContainText(discount.code, { timeout: 2_000 }),
    );
  });
});
