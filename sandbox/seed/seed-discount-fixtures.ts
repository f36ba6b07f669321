// Named discount codes, the same at every seed and scale, one per outcome of applying a discount to an
// address (domain/address-discount-rules.ts), so that tests and demos can name the case they need:
// codes that apply, and one refused for each rule. The random codes of seed-discounts.ts come first;
// these follow them in id order and never go onto seeded addresses.
import { DAY_MS, formatTimestamp } from "../domain/dates";
import { priceCharge } from "../domain/charge-totals";
import {
  DEFAULT_APPLIES_TO,
  DEFAULT_CHANNELS,
  DEFAULT_USAGE_LIMITS,
  buildDiscount,
  type DiscountFields,
} from "../domain/discount-record";
import type { Discount } from "../store/admin-types";
import type { Charge } from "../store/charge-types";
import type { SeedClock } from "./seed-time";

type Fixture = Partial<DiscountFields> & Pick<DiscountFields, "code" | "value" | "value_type">;

function fixtures(clock: SeedClock): Fixture[] {
  const day = (days: number) => formatTimestamp(clock.base + days * DAY_MS);
  return [
    // Apply to any address.
    { code: "SANDBOX10", value: "10.00", value_type: "percentage" },
    { code: "SANDBOX15", value: "15.00", value_type: "percentage" },
    { code: "SANDBOX5OFF", value: "5.00", value_type: "fixed_amount" },
    { code: "SANDBOXFREESHIP", value: "100.00", value_type: "shipping" },
    // Refused, one rule each.
    { code: "SANDBOXDISABLED", value: "10.00", value_type: "percentage", status: "disabled" },
    {
      code: "SANDBOXEXPIRED",
      value: "10.00",
      value_type: "percentage",
      starts_at: day(-60),
      ends_at: day(-1),
    },
    { code: "SANDBOXUPCOMING", value: "10.00", value_type: "percentage", starts_at: day(30) },
    {
      code: "SANDBOXPORTALONLY",
      value: "10.00",
      value_type: "percentage",
      channel_settings: { ...DEFAULT_CHANNELS, api: Object.freeze({ can_apply: false }) },
    },
    {
      code: "SANDBOXONETIME",
      value: "10.00",
      value_type: "percentage",
      applies_to: { ...DEFAULT_APPLIES_TO, purchase_item_type: "ONETIME" },
    },
    {
      code: "SANDBOXNEWCUSTOMER",
      value: "10.00",
      value_type: "percentage",
      usage_limits: { ...DEFAULT_USAGE_LIMITS, first_time_customer_restriction: true },
    },
    {
      code: "SANDBOXONCE",
      value: "10.00",
      value_type: "percentage",
      usage_limits: { ...DEFAULT_USAGE_LIMITS, one_application_per_customer: true },
    },
    {
      code: "SANDBOXUSEDUP",
      value: "10.00",
      value_type: "percentage",
      usage_limits: { ...DEFAULT_USAGE_LIMITS, redemptions: 1 },
    },
    { code: "SANDBOXMIN500", value: "10.00", value_type: "percentage", prerequisite_subtotal_min: "500.00" },
  ];
}

/** The named codes, numbered after `lastId` and created on the day before the seed day. */
export function seedDiscountFixtures(clock: SeedClock, lastId: number): Discount[] {
  return fixtures(clock).map((fixture, index) => {
    const created = formatTimestamp(clock.base - DAY_MS / 2 + index * 1000);
    return buildDiscount(
      lastId + index + 1,
      {
        applies_to: DEFAULT_APPLIES_TO,
        channel_settings: DEFAULT_CHANNELS,
        ends_at: null,
        prerequisite_subtotal_min: null,
        starts_at: formatTimestamp(clock.base - 90 * DAY_MS),
        status: "enabled",
        usage_limits: DEFAULT_USAGE_LIMITS,
        ...fixture,
      },
      created,
    );
  });
}

/**
 * SANDBOXUSEDUP allows one redemption: the oldest paid charge without a discount is repriced with it,
 * so the code is used up from the start (its order, built afterwards, mirrors the charge).
 */
export function redeemUsedUpFixture(charges: Charge[], fixtures: readonly Discount[]): void {
  const discount = fixtures.find((d) => d.code === "SANDBOXUSEDUP");
  const charge = charges
    .filter((c) => c.status === "success" && c.discounts.length === 0)
    .sort((a, b) => a.id - b.id)[0];
  if (!discount || !charge) return;
  const applied = Object.freeze({
    id: discount.id,
    application_method: "code" as const,
    code: discount.code,
    value: Number(discount.value),
    value_type: discount.value_type,
  });
  Object.assign(
    charge,
    priceCharge(charge.line_items, {
      discount: applied,
      countryCode: charge.shipping_address.country_code,
      province: charge.shipping_address.province,
    }),
  );
  charge.discounts = Object.freeze([applied]);
}
