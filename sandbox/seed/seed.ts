// Builds a store from (seed, scale): the same pair gives the same data on a given day. Scale 1 is
// about 2,000 customers, 3,000 subscriptions, 10,000 charges and 200 discounts, plus the named
// discount codes of seed-discount-fixtures.ts at every scale.
import { buildOrder } from "../domain/order-factory";
import { addressDiscountOf } from "../domain/discount-record";
import type { Charge, Order } from "../store/charge-types";
import { Store } from "../store/store";
import type { Customer, Subscription } from "../store/types";
import { createRandom, deriveSeed, type Random } from "./prng";
import { seedPeople } from "./seed-customers";
import { redeemUsedUpFixture, seedDiscountFixtures } from "./seed-discount-fixtures";
import { seedDiscounts } from "./seed-discounts";
import { seedHistory } from "./seed-history";
import { seedSubscriptions } from "./seed-subscriptions";
import { assignIds, seedClockFor } from "./seed-time";
import { seedUpcoming } from "./seed-upcoming";

export interface SeedOptions {
  seed: number;
  scale: number;
  /** The clock reading the data is relative to. */
  now: number;
}

const last = <T extends { id: number }>(rows: readonly T[]) =>
  rows.reduce((max, row) => Math.max(max, row.id), 0);

export function seedStore({ seed, scale, now }: SeedOptions): Store {
  const clock = seedClockFor(now);
  // One stream per step, so a change in one step does not reshuffle the others.
  const random = (label: string) => createRandom(deriveSeed(seed, label));
  const count = (atScaleOne: number) => Math.max(1, Math.round(atScaleOne * scale));

  const discounts = seedDiscounts(random("discounts"), clock, count(200));
  const usable = discounts.filter((d) => d.status === "enabled").map(addressDiscountOf);
  const people = seedPeople(random("people"), clock, count(2000), usable);
  const subscriptions = seedSubscriptions(
    random("subscriptions"),
    clock,
    count(3000),
    people.customers,
    people.addresses,
  );
  const declining = pickDeclining(random("declining"), subscriptions);
  const world = {
    clock,
    customers: new Map(people.customers.map((c) => [c.id, c])),
    addresses: new Map(people.addresses.map((a) => [a.id, a])),
    subscriptions,
    decliningCustomerIds: declining,
  };
  const upcoming = seedUpcoming(random("upcoming"), world);
  const charges = [...upcoming, ...seedHistory(random("history"), world, count(10_000) - upcoming.length)];
  const lastChargeId = assignIds(charges, 708_150_000, random("charge-ids"));
  // The named codes come after the random ones and use no random stream, so adding one moves nothing.
  const fixtures = seedDiscountFixtures(clock, last(discounts));
  redeemUsedUpFixture(charges, fixtures);
  const orders = ordersFor(charges);
  const lastOrderId = assignIds(orders, 512_330_000, random("order-ids"));
  orders.forEach((order, index) => (order.external_order_number = { ecommerce: String(1001 + index) }));
  summarizeCustomers(people.customers, subscriptions, charges, declining);

  const store = new Store(seed, scale);
  store.customers.load(people.customers);
  store.addresses.load(people.addresses);
  store.subscriptions.load(subscriptions);
  store.charges.load(charges);
  store.orders.load(orders);
  store.discounts.load([...discounts, ...fixtures]);
  for (const id of declining) store.decliningCustomers.add(id);
  store.setLastId("customers", last(people.customers));
  store.setLastId("addresses", last(people.addresses));
  store.setLastId("subscriptions", last(subscriptions));
  store.setLastId("charges", lastChargeId);
  store.setLastId("orders", lastOrderId);
  store.setLastId("discounts", last(fixtures));
  store.setLastId("async_batches", 4_200);
  store.setLastId("tasks", 880_000);
  store.setLastId("webhooks", 61_000);
  return store;
}

/**
 * About 3% of the customers with an active subscription (at least one) pay with a card that always
 * declines, so every scale has payments that fail.
 */
function pickDeclining(random: Random, subscriptions: readonly Subscription[]): Set<number> {
  const candidates = [
    ...new Set(subscriptions.filter((s) => s.status === "active").map((s) => s.customer_id)),
  ];
  const count = Math.min(candidates.length, Math.max(1, Math.round(candidates.length * 0.03)));
  for (let i = 0; i < count; i++) {
    const j = random.int(i, candidates.length - 1);
    [candidates[i], candidates[j]] = [candidates[j] as number, candidates[i] as number];
  }
  return new Set(candidates.slice(0, count));
}

function ordersFor(charges: readonly Charge[]): Order[] {
  return charges.filter((charge) => charge.processed_at !== null).map((charge) => buildOrder(0, charge, 0));
}

/** Counters and first-payment dates derived from the subscriptions and charges just seeded. */
function summarizeCustomers(
  customers: readonly Customer[],
  subscriptions: readonly Subscription[],
  charges: readonly Charge[],
  declining: ReadonlySet<number>,
): void {
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const subscription of subscriptions) {
    const customer = byId.get(subscription.customer_id);
    if (!customer) continue;
    customer.subscriptions_total_count += 1;
    if (subscription.status === "active") customer.subscriptions_active_count += 1;
    if (subscription.updated_at > customer.updated_at) customer.updated_at = subscription.updated_at;
  }
  for (const charge of charges) {
    const customer = byId.get(charge.customer.id);
    const processed = charge.processed_at;
    if (!customer || !processed) continue;
    if (!customer.first_charge_processed_at || processed < customer.first_charge_processed_at) {
      customer.first_charge_processed_at = processed;
    }
    // Paid subscription charges while the customer still has an active subscription (E1 Customer).
    if (customer.subscriptions_active_count > 0) customer.subscription_related_charge_streak += 1;
  }
  // The flag is how clients (and tests) can tell which customers' payments will decline.
  for (const id of declining) {
    const customer = byId.get(id);
    if (customer) customer.has_payment_method_in_dunning = true;
  }
}
