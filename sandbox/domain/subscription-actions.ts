// POST /subscriptions/{id}/set_next_charge_date, /cancel and /activate, with the webhooks Recharge
// documents for them (api-reference-2021-11.txt:642, 666-667, 686-689, 734-740).
import { z } from "zod";
import type { Store } from "../store/store";
import type { Subscription } from "../store/types";
import { itemFromSubscription } from "./charge-factory";
import { parseDate, todayOf } from "./dates";
import { fieldError, ok, type ApiResult } from "./result";
import { rescheduleSubscription } from "./reschedule";
import {
  announceRepriced,
  dequeueSubscription,
  nextDateAfter,
  queueItems,
  updateSubscriptionSchedule,
} from "./schedule";
import { message, parseInput } from "./validation";

const dateBody = z.object({ date: z.string(message("must be a date (YYYY-MM-DD)")) });

export function setNextChargeDate(store: Store, subscription: Subscription, body: unknown): ApiResult {
  const parsed = parseInput(dateBody, body);
  if (!parsed.ok) return parsed.result;
  // Be liberal: a timestamp counts for its date.
  const date = parsed.data.date.trim().slice(0, 10);
  if (parseDate(date) === null) return fieldError("date", "must be a date (YYYY-MM-DD)");
  if (subscription.status !== "active") {
    return fieldError(
      "status",
      `the next charge date of a ${subscription.status} subscription cannot be set`,
    );
  }
  if (date <= todayOf(store.now())) return fieldError("date", "date is not far enough in the future");

  rescheduleSubscription(store, subscription, date);
  store.emit("subscription/updated", "subscription", subscription);
  return ok({ subscription });
}

const cancelBody = z.object({
  cancellation_reason: z.string(message("must be a string")).trim().min(1, "can't be blank"),
  cancellation_reason_comments: z.string("must be a string").nullish(),
  send_email: z.boolean("must be true or false").optional(),
});

/**
 * Counts the change on the customer, announcing customer/activated on its first active subscription
 * and customer/deactivated when none is left (api-reference-2021-11.txt:686-689).
 */
function adjustActiveCount(store: Store, customerId: number, delta: number, now: string): void {
  const customer = store.customers.get(customerId);
  if (!customer) return;
  const before = customer.subscriptions_active_count;
  store.customers.update(customer, (row) => {
    row.subscriptions_active_count = Math.max(0, before + delta);
    // The streak counts while the customer keeps an active subscription (E1 Customer, :1861).
    if (row.subscriptions_active_count === 0) row.subscription_related_charge_streak = 0;
    row.updated_at = now;
  });
  if (before === 0 && customer.subscriptions_active_count > 0)
    store.emit("customer/activated", "customer", customer);
  if (before > 0 && customer.subscriptions_active_count === 0)
    store.emit("customer/deactivated", "customer", customer);
}

/** address/updated "whenever a subscription has been activated or cancelled" (api-reference-2021-11.txt:642). */
function touchAddress(store: Store, addressId: number, now: string): void {
  const address = store.addresses.get(addressId);
  if (!address) return;
  store.addresses.update(address, (row) => {
    row.updated_at = now;
  });
  store.emit("address/updated", "address", address);
}

export function cancelSubscription(store: Store, subscription: Subscription, body: unknown): ApiResult {
  if (subscription.status !== "active")
    return fieldError("status", `a ${subscription.status} subscription cannot be cancelled`);
  const parsed = parseInput(cancelBody, body);
  if (!parsed.ok) return parsed.result;
  const now = store.timestamp();
  const dequeued = dequeueSubscription(store, subscription.id);
  store.subscriptions.update(subscription, (row) => {
    row.status = "cancelled";
    row.cancelled_at = now;
    row.cancellation_reason = parsed.data.cancellation_reason;
    row.cancellation_reason_comments = parsed.data.cancellation_reason_comments ?? null;
    row.next_charge_scheduled_at = null;
    row.has_queued_charges = false;
    row.updated_at = now;
  });
  // "charge/deleted … when a subscription is cancelled and upcoming charges are deleted" (:667).
  for (const charge of dequeued.deleted) store.emit("charge/deleted", "charge", charge);
  announceRepriced(store, dequeued.repriced);
  store.emit("subscription/cancelled", "subscription", subscription);
  touchAddress(store, subscription.address_id, now);
  adjustActiveCount(store, subscription.customer_id, -1, now);
  return ok({ subscription });
}

export function activateSubscription(store: Store, subscription: Subscription): ApiResult {
  if (subscription.status !== "cancelled") {
    return fieldError(
      "status",
      `only a cancelled subscription can be activated; this one is ${subscription.status}`,
    );
  }
  const now = store.timestamp();
  const next = nextDateAfter(store, subscription, todayOf(store.now()));
  store.subscriptions.update(subscription, (row) => {
    row.status = "active";
    row.cancelled_at = null;
    row.cancellation_reason = null;
    row.cancellation_reason_comments = null;
    row.updated_at = now;
  });
  queueItems(store, subscription.address_id, next, [itemFromSubscription(subscription)]);
  updateSubscriptionSchedule(store, subscription, next);
  store.emit("subscription/activated", "subscription", subscription);
  touchAddress(store, subscription.address_id, now);
  adjustActiveCount(store, subscription.customer_id, 1, now);
  return ok({ subscription });
}
