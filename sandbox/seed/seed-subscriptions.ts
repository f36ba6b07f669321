// Subscriptions: every customer has at least one when there are enough, the rest spread at random.
import { NO_ANALYTICS } from "../domain/charge-factory";
import { DAY_MS, addInterval, formatDate, formatTimestamp, type IntervalUnit } from "../domain/dates";
import { formatCents } from "../domain/money";
import type { Address, Customer, Property, Subscription, SubscriptionStatus } from "../store/types";
import { PRODUCTS } from "./catalog-products";
import type { Random } from "./prng";
import { assignIds, randomInstant, type SeedClock } from "./seed-time";

const CURRENCY_FACTORS: Readonly<Record<string, number>> = {
  USD: 1,
  CAD: 1.36,
  GBP: 0.79,
  EUR: 0.92,
  AUD: 1.52,
};

/** A catalogue price in another currency, rounded to a shelf price ending in .95. */
export function localPriceCents(usdCents: number, currency: string): number {
  const factor = CURRENCY_FACTORS[currency] ?? 1;
  return factor === 1 ? usdCents : Math.max(95, Math.round((usdCents * factor) / 100) * 100 - 5);
}

const CANCELLATION_REASONS = [
  "I already have more than I need",
  "This is too expensive",
  "I no longer use this product",
  "I want a different product or variety",
  "Shipping took too long",
  "Other",
] as const;

const GIFT_NOTE: readonly Property[] = Object.freeze([Object.freeze({ name: "Gift note", value: "Enjoy!" })]);

export function seedSubscriptions(
  random: Random,
  clock: SeedClock,
  count: number,
  customers: readonly Customer[],
  addresses: readonly Address[],
): Subscription[] {
  const addressesOf = new Map<number, Address[]>();
  for (const address of addresses) {
    const list = addressesOf.get(address.customer_id) ?? [];
    list.push(address);
    addressesOf.set(address.customer_id, list);
  }
  const today = formatDate(clock.base);
  const subscriptions: Subscription[] = [];
  for (let i = 0; i < count; i++) {
    const customer = customers[i] ?? random.pick(customers);
    const address = random.pick(addressesOf.get(customer.id) ?? []);
    const product = random.pick(PRODUCTS);
    const variant = random.pick(product.variants);
    const unit = random.weighted<IntervalUnit>([
      ["month", 75],
      ["week", 20],
      ["day", 5],
    ]);
    const frequency = random.weighted([
      [1, 60],
      [2, 25],
      [3, 15],
    ]);
    const createdMs = randomInstant(random, Date.parse(address.created_at), clock.base - DAY_MS);
    const status = random.weighted<SubscriptionStatus>([
      ["active", 68],
      ["cancelled", 27],
      ["expired", 5],
    ]);
    const endedMs =
      status === "active"
        ? null
        : randomInstant(random, Math.min(createdMs + DAY_MS, clock.base - 1000), clock.base);
    const firstNext = formatDate(clock.base + random.int(1, 28) * DAY_MS);
    // Shorter intervals get their next date within one interval from today.
    const next =
      addInterval(today, unit, frequency) < firstNext ? addInterval(today, unit, frequency) : firstNext;
    const updatedMs = endedMs ?? randomInstant(random, createdMs, clock.base);
    subscriptions.push({
      id: 0,
      address_id: address.id,
      customer_id: customer.id,
      analytics_data: NO_ANALYTICS,
      cancellation_reason: status === "cancelled" ? random.pick(CANCELLATION_REASONS) : null,
      cancellation_reason_comments:
        status === "cancelled" && random.chance(0.3) ? "Sent from the customer portal" : null,
      cancelled_at: status === "cancelled" && endedMs !== null ? formatTimestamp(endedMs) : null,
      charge_interval_frequency: frequency,
      created_at: formatTimestamp(createdMs),
      expire_after_specific_number_of_charges: null,
      external_product_id: Object.freeze({ ecommerce: product.externalProductId }),
      external_variant_id: Object.freeze({ ecommerce: variant.externalVariantId }),
      has_queued_charges: status === "active",
      is_digital: false,
      is_prepaid: false,
      is_skippable: true,
      is_swappable: true,
      max_retries_reached: false,
      next_charge_scheduled_at: status === "active" ? next : null,
      order_day_of_month: null,
      order_day_of_week: null,
      order_interval_frequency: frequency,
      order_interval_unit: unit,
      presentment_currency: address.presentment_currency,
      price: formatCents(localPriceCents(variant.priceCents, address.presentment_currency)),
      product_title: product.title,
      properties: random.chance(0.05) ? GIFT_NOTE : [],
      quantity: random.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ]),
      sku: variant.sku,
      // The SKU follows the platform's variant (it was never overridden through the API).
      sku_override: false,
      status,
      updated_at: formatTimestamp(updatedMs),
      variant_title: variant.title,
    });
  }
  assignIds(subscriptions, 312_870_000, random);
  return subscriptions;
}
