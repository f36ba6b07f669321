// Charge regeneration: after a subscription or an address changed, its queued charges are rebuilt from
// the current records — each subscription's charge at its next date, its line with the current
// quantity and price, the address's discount and shipping address, totals repriced. With `commit=true`
// it runs within the request; otherwise about 5 s later, the charges showing has_uncommitted_changes
// meanwhile (E1 Charge.has_uncommitted_changes, dist/index.d.ts:2039-2040; release-notes-2021-11.txt:233-237).
import type { Charge } from "../store/charge-types";
import type { Store } from "../store/store";
import { chargeDiscountsOf, itemFromSubscription, postalAddressOf } from "./charge-factory";
import { priceCharge, type ItemDraft } from "./charge-totals";
import { rescheduleSubscription } from "./reschedule";
import { queuedChargesOf } from "./schedule";

export function queuedChargesAt(store: Store, addressId: number): Charge[] {
  return store.charges.lookup("address_id", addressId).filter((charge) => charge.status === "queued");
}

/** Flags charges whose regeneration is pending (a write: updated_at moves too). No event. */
export function markUncommitted(store: Store, charges: readonly Charge[]): void {
  for (const charge of charges) {
    if (charge.has_uncommitted_changes) continue;
    store.charges.update(charge, (row) => {
      row.has_uncommitted_changes = true;
      row.updated_at = store.timestamp();
    });
  }
}

/** Everything regeneration may change, to tell a rebuilt charge from an unchanged one. */
function contentOf(charge: Charge): string {
  const { updated_at: _updated, has_uncommitted_changes: _flag, ...content } = charge;
  return JSON.stringify(content);
}

/**
 * Rebuilds the address's queued charges; announces charge/updated for each that changed ("a change to
 * charge that recalculates shipping rates", "applying a discount", api-reference-2021-11.txt:666).
 */
export function regenerateAddressCharges(store: Store, addressId: number): void {
  const address = store.addresses.get(addressId);
  if (!address) return;
  for (const subscription of store.subscriptions.lookup("address_id", addressId)) {
    const date = subscription.next_charge_scheduled_at;
    if (subscription.status !== "active" || date === null) continue;
    const queued = queuedChargesOf(store, subscription.id);
    if (queued.length !== 1 || queued[0]?.scheduled_at !== date)
      rescheduleSubscription(store, subscription, date);
  }
  const postal = postalAddressOf(address);
  const discounts = chargeDiscountsOf(address);
  for (const charge of queuedChargesAt(store, addressId)) {
    const items: ItemDraft[] = charge.line_items.map((item) => {
      const subscription = store.subscriptions.get(item.purchase_item_id);
      return subscription?.status === "active" ? itemFromSubscription(subscription) : item;
    });
    const money = priceCharge(items, {
      discount: discounts[0] ?? null,
      countryCode: postal.country_code,
      province: postal.province,
    });
    const before = contentOf(charge);
    const wasPending = charge.has_uncommitted_changes;
    store.charges.update(charge, (row) => {
      Object.assign(row, money);
      row.discounts = discounts;
      row.shipping_address = postal;
      row.has_uncommitted_changes = false;
    });
    if (contentOf(charge) === before && !wasPending) continue;
    store.charges.update(charge, (row) => {
      row.updated_at = store.timestamp();
    });
    store.emit("charge/updated", "charge", charge);
  }
}
