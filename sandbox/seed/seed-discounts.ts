// Discount codes: mostly percentage codes, some fixed amounts and free shipping, in every status.
import { DAY_MS, formatTimestamp } from "../domain/dates";
import {
  DEFAULT_APPLIES_TO,
  DEFAULT_CHANNELS,
  DEFAULT_USAGE_LIMITS,
  buildDiscount,
} from "../domain/discount-record";
import type { Discount, PurchaseItemScope } from "../store/admin-types";
import type { DiscountStatus, DiscountValueType } from "../store/types";
import type { Random } from "./prng";
import { assignIds, randomInstant, type SeedClock } from "./seed-time";

const PREFIXES = [
  "WELCOME",
  "SPRING",
  "SUMMER",
  "AUTUMN",
  "WINTER",
  "VIP",
  "LOYAL",
  "FRIENDS",
  "SAVE",
  "BUNDLE",
  "COFFEE",
  "TEA",
  "PETS",
  "SHAVE",
  "VITA",
  "HOLIDAY",
  "BFCM",
  "REFER",
  "THANKYOU",
  "COMEBACK",
] as const;
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function codeFor(random: Random, valueType: DiscountValueType, value: number, taken: Set<string>): string {
  const stem = valueType === "shipping" ? "FREESHIP" : `${random.pick(PREFIXES)}${value}`;
  let code = stem;
  while (taken.has(code.toLowerCase())) {
    code = `${stem}-${Array.from({ length: 4 }, () => CODE_ALPHABET[random.int(0, CODE_ALPHABET.length - 1)]).join("")}`;
  }
  taken.add(code.toLowerCase());
  return code;
}

export function seedDiscounts(random: Random, clock: SeedClock, count: number): Discount[] {
  const taken = new Set<string>();
  const discounts: Discount[] = [];
  for (let i = 0; i < count; i++) {
    const valueType = random.weighted<DiscountValueType>([
      ["percentage", 60],
      ["fixed_amount", 30],
      ["shipping", 10],
    ]);
    const value =
      valueType === "percentage"
        ? random.pick([5, 10, 15, 20, 25, 30])
        : valueType === "fixed_amount"
          ? random.pick([5, 10, 15, 20])
          : 100;
    const createdMs = randomInstant(random, clock.base - 700 * DAY_MS, clock.base - DAY_MS);
    const status = random.weighted<DiscountStatus>([
      ["enabled", 75],
      ["disabled", 20],
      ["fully_disabled", 5],
    ]);
    const scope = random.weighted<PurchaseItemScope>([
      ["ALL", 70],
      ["SUBSCRIPTION", 20],
      ["ONETIME", 10],
    ]);
    const discount = buildDiscount(
      0,
      {
        applies_to:
          scope === "ALL" ? DEFAULT_APPLIES_TO : { ...DEFAULT_APPLIES_TO, purchase_item_type: scope },
        channel_settings: random.chance(0.2)
          ? { ...DEFAULT_CHANNELS, checkout_page: Object.freeze({ can_apply: false }) }
          : DEFAULT_CHANNELS,
        code: codeFor(random, valueType, value, taken),
        ends_at: random.chance(0.3) ? formatTimestamp(createdMs + random.int(30, 400) * DAY_MS) : null,
        prerequisite_subtotal_min: random.chance(0.15) ? "50.00" : null,
        starts_at: formatTimestamp(createdMs),
        status,
        usage_limits: random.chance(0.25)
          ? {
              first_time_customer_restriction: random.chance(0.4),
              max_subsequent_redemptions: random.chance(0.5) ? random.int(1, 12) : null,
              one_application_per_customer: random.chance(0.5),
              redemptions: random.chance(0.4) ? random.pick([100, 250, 500, 1000]) : null,
            }
          : DEFAULT_USAGE_LIMITS,
        value: `${value}.00`,
        value_type: valueType,
      },
      formatTimestamp(createdMs),
    );
    if (random.chance(0.3))
      discount.updated_at = formatTimestamp(randomInstant(random, createdMs, clock.base));
    discounts.push(discount);
  }
  assignIds(discounts, 138_540_000, random);
  return discounts;
}
