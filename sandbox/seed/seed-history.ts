// Past charges over the last ~15 months: slots walk back from each subscription's schedule, then a
// random sample of them (sized to reach the target charge count) becomes charges in every past status.
import { DAY_MS, addInterval, formatDate, formatTimestamp } from "../domain/dates";
import { NO_PROPERTIES, buildCharge, itemFromSubscription } from "../domain/charge-factory";
import type { ItemDraft } from "../domain/charge-totals";
import { formatCents, toCents } from "../domain/money";
import { transactionIdFor } from "../domain/transaction-id";
import type { Charge } from "../store/charge-types";
import type { ChargeStatus, Subscription } from "../store/types";
import { ADD_ONS } from "./catalog-products";
import type { Random } from "./prng";
import { localPriceCents } from "./seed-subscriptions";
import { beforeBase } from "./seed-time";
import { addressOf, customerOf, type SeedWorld } from "./seed-world";

interface Slot {
  subscription: Subscription;
  date: string;
  first: boolean;
}

const MAX_SLOTS_PER_SUBSCRIPTION = 15;
const NO_IMAGES = Object.freeze({});
/** Recharge retries a failed charge until it gives up after 8 attempts (api-reference-2021-11.txt:662). */
const MAX_ATTEMPTS = 8;

function slotsOf(subscription: Subscription, world: SeedWorld): Slot[] {
  const { order_interval_unit: unit, order_interval_frequency: frequency } = subscription;
  const today = formatDate(world.clock.base);
  const created = subscription.created_at.slice(0, 10);
  const floor = formatDate(world.clock.base - 450 * DAY_MS);
  const end =
    subscription.next_charge_scheduled_at ??
    addInterval(subscription.updated_at.slice(0, 10), unit, frequency);
  const slots: Slot[] = [];
  let date = addInterval(end, unit, -frequency);
  while (date >= created && date >= floor && slots.length < MAX_SLOTS_PER_SUBSCRIPTION) {
    if (date < today) slots.push({ subscription, date, first: false });
    date = addInterval(date, unit, -frequency);
  }
  const last = slots[slots.length - 1];
  if (last && date < created) last.first = true;
  return slots;
}

function statusFor(random: Random, declining: boolean, recent: boolean): ChargeStatus {
  if (declining) return random.chance(0.7) ? "error" : "success";
  const status = random.weighted<ChargeStatus>([
    ["success", 80],
    ["skipped", 7],
    ["error", 3],
    ["refunded", 4],
    ["partially_refunded", 3],
    ["pending", 1.5],
    ["pending_manual_payment", 1.5],
  ]);
  // Pending charges are only plausible for the last few days.
  return (status === "pending" || status === "pending_manual_payment") && !recent ? "success" : status;
}

function addOnItem(random: Random, currency: string, id: number): ItemDraft {
  const product = random.pick(ADD_ONS);
  const variant = product.variants[0] as (typeof product.variants)[number];
  const price = formatCents(localPriceCents(variant.priceCents, currency));
  return {
    purchase_item_id: id,
    external_inventory_policy: "decrement_obeying_policy",
    external_product_id: Object.freeze({ ecommerce: product.externalProductId }),
    external_variant_id: Object.freeze({ ecommerce: variant.externalVariantId }),
    grams: variant.grams,
    handle: product.handle,
    images: NO_IMAGES,
    original_price: price,
    properties: NO_PROPERTIES,
    purchase_item_type: "onetime",
    quantity: 1,
    sku: variant.sku,
    taxable: true,
    title: product.title,
    unit_price: price,
    variant_title: variant.title,
  };
}

export function seedHistory(random: Random, world: SeedWorld, count: number): Charge[] {
  const slots = world.subscriptions.flatMap((subscription) => slotsOf(subscription, world));
  // Partial Fisher–Yates: the first `count` slots become a uniform sample.
  const take = Math.max(0, Math.min(count, slots.length));
  for (let i = 0; i < take; i++) {
    const j = random.int(i, slots.length - 1);
    [slots[i], slots[j]] = [slots[j] as Slot, slots[i] as Slot];
  }
  const { base } = world.clock;
  let onetimeId = 200_100_000;
  return slots.slice(0, take).map(({ subscription, date, first }) => {
    const customer = customerOf(world, subscription);
    const address = addressOf(world, subscription);
    const dateMs = Date.parse(date);
    const recent = base - dateMs <= 7 * DAY_MS;
    const status = first ? "success" : statusFor(random, world.decliningCustomerIds.has(customer.id), recent);
    const createdMs = first
      ? Date.parse(subscription.created_at)
      : Math.max(Date.parse(subscription.created_at), dateMs - random.int(3 * 86_400, 10 * 86_400) * 1000);
    const items = [itemFromSubscription(subscription)];
    if (random.chance(0.06))
      items.push(addOnItem(random, address.presentment_currency, (onetimeId += random.int(1, 9))));
    const processed = status === "success" || status === "refunded" || status === "partially_refunded";
    const processedMs = first
      ? createdMs
      : beforeBase(random, dateMs + random.int(6 * 3600, 12 * 3600) * 1000, dateMs, base);
    const charge = buildCharge({
      id: 0,
      address,
      customer,
      items,
      status,
      type: first ? "checkout" : "recurring",
      scheduledAt: date,
      createdAt: formatTimestamp(createdMs),
      processedAt: processed ? formatTimestamp(processedMs) : null,
      externalOrderId: processed ? random.digits(13) : null,
      transactionId: processed ? transactionIdFor(random.int(1, 2 ** 31)) : null,
    });
    const settledMs = Math.max(processedMs, createdMs);
    charge.updated_at = formatTimestamp(
      beforeBase(random, settledMs + random.int(0, 20 * 86_400) * 1000, settledMs, base),
    );
    if (status === "refunded") charge.total_refunds = charge.total_price;
    if (status === "partially_refunded") {
      charge.total_refunds = formatCents(
        Math.max(1, Math.round((toCents(charge.total_price) * random.int(10, 60)) / 100)),
      );
    }
    if (status === "error") {
      charge.error = "Your card was declined.";
      charge.error_type = recent ? "CUSTOMER_NEEDS_TO_UPDATE_CARD" : "CLOSED_MAX_RETRIES_REACHED";
      charge.retry_date = recent ? formatTimestamp(dateMs + 3 * DAY_MS) : null;
      charge.charge_attempts = recent ? random.int(1, 3) : MAX_ATTEMPTS;
    }
    if (status === "pending" || status === "pending_manual_payment") charge.charge_attempts = 1;
    return charge;
  });
}
