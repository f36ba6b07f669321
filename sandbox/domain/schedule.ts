// Keeps upcoming charges in step with subscriptions: one queued charge per address and date, holding
// the items of every active subscription due that day. Joining an existing queued charge is a merge:
// Recharge then issues a new charge (new id, merged_at set) in place of the old one. Nothing here
// announces webhooks: the actions do, for the topics Recharge documents (webhooks/topics.ts).
import type { Charge } from "../store/charge-types";
import type { Store } from "../store/store";
import type { Address, Subscription } from "../store/types";
import { buildCharge, itemFromSubscription, repriceCharge } from "./charge-factory";
import type { ItemDraft } from "./charge-totals";
import { addInterval, todayOf } from "./dates";

export function queuedChargesOf(store: Store, subscriptionId: number): Charge[] {
  return store.charges
    .lookup("purchase_item_id", subscriptionId)
    .filter((charge) => charge.status === "queued");
}

function queuedAt(store: Store, addressId: number, date: string): Charge | undefined {
  return store.charges
    .lookup("address_id", addressId)
    .find((charge) => charge.status === "queued" && charge.scheduled_at === date);
}

function addressAndCustomer(store: Store, addressId: number) {
  const address = store.addresses.get(addressId);
  const customer = address && store.customers.get(address.customer_id);
  if (!address || !customer) throw new Error(`address ${addressId} has no customer`);
  return { address, customer };
}

/**
 * Creates a charge for `items` at an address (new id). No event: charge/created fires only on a
 * checkout (api-reference-2021-11.txt:660), which the sandbox does not simulate.
 */
export function createCharge(
  store: Store,
  address: Address,
  date: string,
  items: readonly ItemDraft[],
  status: "queued" | "skipped",
  mergedAt: string | null = null,
): Charge {
  const { customer } = addressAndCustomer(store, address.id);
  const now = store.timestamp();
  const charge = buildCharge({
    id: store.nextId("charges"),
    address,
    customer,
    items,
    status,
    type: "recurring",
    scheduledAt: date,
    createdAt: now,
    mergedAt,
  });
  store.charges.insert(charge);
  return charge;
}

/** Puts items on the address's queued charge for `date`, merging with one that is already there. */
export function queueItems(
  store: Store,
  addressId: number,
  date: string,
  items: readonly ItemDraft[],
): Charge {
  const { address } = addressAndCustomer(store, addressId);
  const existing = queuedAt(store, addressId, date);
  if (!existing) return createCharge(store, address, date, items, "queued");
  deleteCharge(store, existing);
  return createCharge(store, address, date, [...existing.line_items, ...items], "queued", store.timestamp());
}

export function deleteCharge(store: Store, charge: Charge): void {
  store.charges.remove(charge);
}

/** Takes the given purchase items off a charge (reprices it); returns what was taken. */
export function removeItems(store: Store, charge: Charge, purchaseItemIds: ReadonlySet<number>): ItemDraft[] {
  const taken = charge.line_items.filter((item) => purchaseItemIds.has(item.purchase_item_id));
  const kept = charge.line_items.filter((item) => !purchaseItemIds.has(item.purchase_item_id));
  store.charges.update(charge, (row) => {
    Object.assign(row, repriceCharge(row, kept));
    row.updated_at = store.timestamp();
  });
  return taken;
}

export interface Dequeued {
  /** Charges that held only this subscription, now deleted. */
  deleted: Charge[];
  /** Charges that keep other items, repriced without it. */
  repriced: Charge[];
}

/** Removes a subscription's item from its queued charges; a charge left without items is deleted. */
export function dequeueSubscription(store: Store, subscriptionId: number, except?: Charge): Dequeued {
  const result: Dequeued = { deleted: [], repriced: [] };
  for (const charge of queuedChargesOf(store, subscriptionId)) {
    if (charge === except) continue;
    if (charge.line_items.every((item) => item.purchase_item_id === subscriptionId)) {
      deleteCharge(store, charge);
      result.deleted.push(charge);
    } else {
      removeItems(store, charge, new Set([subscriptionId]));
      result.repriced.push(charge);
    }
  }
  return result;
}

/** charge/updated for each repriced charge: "a change to charge that recalculates shipping rates" (api-reference-2021-11.txt:666). */
export function announceRepriced(store: Store, charges: readonly Charge[]): void {
  for (const charge of charges) store.emit("charge/updated", "charge", charge);
}

/**
 * The first date after `from` on the subscription's charge schedule that is later than today. Charges
 * follow charge_interval_frequency, "the number of units (specified in order_interval_unit) between
 * each Charge" (E1 SubscriptionBase, dist/index.d.ts:1476); the seed keeps it equal to the order one.
 */
export function nextDateAfter(store: Store, subscription: Subscription, from: string): string {
  const today = todayOf(store.now());
  const unit = subscription.order_interval_unit;
  const frequency = subscription.charge_interval_frequency;
  let date = addInterval(from, unit, frequency);
  while (date <= today) date = addInterval(date, unit, frequency);
  return date;
}

/**
 * Moves subscriptions on to their next date after `from` (a skip or a payment), queueing them
 * together where they fall on the same day, as Recharge would generate them.
 */
export function rollSubscriptions(store: Store, subscriptions: readonly Subscription[], from: string): void {
  const byDate = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) {
    const next = nextDateAfter(store, subscription, from);
    byDate.set(next, [...(byDate.get(next) ?? []), subscription]);
  }
  for (const [date, due] of byDate) {
    const byAddress = new Map<number, Subscription[]>();
    for (const subscription of due)
      byAddress.set(subscription.address_id, [
        ...(byAddress.get(subscription.address_id) ?? []),
        subscription,
      ]);
    for (const [addressId, group] of byAddress)
      queueItems(store, addressId, date, group.map(itemFromSubscription));
    for (const subscription of due) updateSubscriptionSchedule(store, subscription, date);
  }
}

/** Sets next_charge_scheduled_at and has_queued_charges after the charges changed (no event). */
export function updateSubscriptionSchedule(
  store: Store,
  subscription: Subscription,
  next: string | null,
): void {
  store.subscriptions.update(subscription, (row) => {
    row.next_charge_scheduled_at = next;
    row.has_queued_charges = queuedChargesOf(store, row.id).length > 0;
    row.updated_at = store.timestamp();
  });
}
