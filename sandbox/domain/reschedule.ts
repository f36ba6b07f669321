// Moves a subscription's queued charge to another date: set_next_charge_date and the charge
// regeneration after an interval change share it. Announces charge/updated for each charge moved or
// repriced (api-reference-2021-11.txt:666); a merge's new charge is silent, like every charge the
// sandbox creates (README, "Webhooks").
import type { Store } from "../store/store";
import type { Subscription } from "../store/types";
import { itemFromSubscription } from "./charge-factory";
import {
  announceRepriced,
  dequeueSubscription,
  queueItems,
  queuedChargesOf,
  updateSubscriptionSchedule,
} from "./schedule";

/**
 * The subscription's own charge moves (same id) when it holds only this subscription and the date is
 * free; otherwise the item leaves its charge and joins (merges with) the address's charge of that date.
 */
export function rescheduleSubscription(store: Store, subscription: Subscription, date: string): void {
  const current = queuedChargesOf(store, subscription.id);
  const alone = current.length === 1 && current[0]?.line_items.length === 1 ? current[0] : undefined;
  const occupied = store.charges
    .lookup("address_id", subscription.address_id)
    .some((charge) => charge.status === "queued" && charge.scheduled_at === date && charge !== alone);
  if (alone && !occupied) {
    store.charges.update(alone, (row) => {
      row.scheduled_at = date;
      row.updated_at = store.timestamp();
    });
    store.emit("charge/updated", "charge", alone);
  } else if (!current.some((charge) => charge.scheduled_at === date)) {
    announceRepriced(store, dequeueSubscription(store, subscription.id).repriced);
    queueItems(store, subscription.address_id, date, [itemFromSubscription(subscription)]);
  }
  updateSubscriptionSchedule(store, subscription, date);
}
