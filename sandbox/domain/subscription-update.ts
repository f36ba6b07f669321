// PUT /subscriptions/{id} (api-reference-2021-11.txt:574-575): quantity and interval. The record
// changes at once; its queued charges are regenerated within the request with `commit=true`, else
// about 5 s later (charge-regeneration.ts). Announces subscription/updated, "when you update a
// subscription via API (PUT method)" (api-reference-2021-11.txt:740).
import type { Store } from "../store/store";
import type { Subscription } from "../store/types";
import { markUncommitted, regenerateAddressCharges } from "./charge-regeneration";
import { todayOf } from "./dates";
import { fieldError, ok, type ApiResult } from "./result";
import { deleteCharge, nextDateAfter, queuedChargesOf, removeItems } from "./schedule";
import { parseSubscriptionUpdate, type SubscriptionUpdateInput } from "./subscription-input";
import type { WriteOptions } from "./write-options";

const PAID = new Set(["success", "refunded", "partially_refunded"]);

/** The date the new interval counts from: the last paid charge's, else the day the subscription began. */
function intervalAnchor(store: Store, subscription: Subscription): string {
  let anchor = subscription.created_at.slice(0, 10);
  for (const charge of store.charges.lookup("purchase_item_id", subscription.id))
    if (PAID.has(charge.status) && charge.scheduled_at > anchor) anchor = charge.scheduled_at;
  return anchor;
}

/**
 * "This update will remove skipped and manually changed charges" (E1 updateSubscription,
 * dist/index.d.ts:4330): the subscription's upcoming skipped charges go (its item only, where the
 * charge holds others). Silent: charge/deleted is documented for cancellations only (:667).
 */
function dropUpcomingSkips(store: Store, subscription: Subscription): void {
  const today = todayOf(store.now());
  for (const charge of store.charges.lookup("purchase_item_id", subscription.id)) {
    if (charge.status !== "skipped" || charge.scheduled_at < today) continue;
    if (charge.line_items.every((item) => item.purchase_item_id === subscription.id))
      deleteCharge(store, charge);
    else removeItems(store, charge, new Set([subscription.id]));
  }
}

function intervalChanged(subscription: Subscription, input: SubscriptionUpdateInput): boolean {
  return (
    input.order_interval_unit !== undefined &&
    (input.order_interval_unit !== subscription.order_interval_unit ||
      input.order_interval_frequency !== subscription.order_interval_frequency ||
      input.charge_interval_frequency !== subscription.charge_interval_frequency)
  );
}

export function updateSubscription(
  store: Store,
  subscription: Subscription,
  body: unknown,
  options: WriteOptions,
  deferRegeneration: (addressId: number) => void,
): ApiResult {
  const parsed = parseSubscriptionUpdate(body);
  if (!("ok" in parsed)) return parsed;
  const { input } = parsed;
  // "If null or False, only ACTIVE subscriptions will be updated" (E1 force_update, :1638-1639);
  // refusing, rather than answering 200 unchanged, is the sandbox's choice.
  if (subscription.status !== "active" && !options.forceUpdate) {
    return fieldError(
      "status",
      `a ${subscription.status} subscription is only updated with force_update=true`,
    );
  }
  const quantityChanged = input.quantity !== undefined && input.quantity !== subscription.quantity;
  const rescheduled = intervalChanged(subscription, input);
  if (!quantityChanged && !rescheduled) return ok({ subscription });

  const active = subscription.status === "active";
  store.subscriptions.update(subscription, (row) => {
    if (input.quantity !== undefined) row.quantity = input.quantity;
    if (input.order_interval_unit !== undefined) row.order_interval_unit = input.order_interval_unit;
    if (input.order_interval_frequency !== undefined)
      row.order_interval_frequency = input.order_interval_frequency;
    if (input.charge_interval_frequency !== undefined)
      row.charge_interval_frequency = input.charge_interval_frequency;
    row.updated_at = store.timestamp();
  });
  if (active && rescheduled) {
    // "Updating … charge_interval_frequency, order_interval_frequency, order_interval_unit will cause
    // our algorithm to automatically recalculate the next charge date" (E1 :4329); counting from the
    // last paid charge is the sandbox's reading.
    const next = nextDateAfter(store, subscription, intervalAnchor(store, subscription));
    dropUpcomingSkips(store, subscription);
    store.subscriptions.update(subscription, (row) => {
      row.next_charge_scheduled_at = next;
    });
  }
  if (active) {
    if (options.commit) regenerateAddressCharges(store, subscription.address_id);
    else {
      markUncommitted(store, queuedChargesOf(store, subscription.id));
      deferRegeneration(subscription.address_id);
    }
  }
  store.emit("subscription/updated", "subscription", subscription);
  return ok({ subscription });
}
