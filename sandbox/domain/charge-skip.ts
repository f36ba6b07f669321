// POST /charges/{id}/skip and /unskip. Skipping some of a charge's items moves them to a new skipped
// charge and leaves the rest queued; each skipped subscription moves on to its next date. Webhooks:
// subscription/skipped and subscription/unskipped per subscription (api-reference-2021-11.txt:738-739;
// there is no charge/skipped topic), charge/updated for a charge repriced without the items (:666).
import { z } from "zod";
import type { Charge } from "../store/charge-types";
import type { Store } from "../store/store";
import { todayOf } from "./dates";
import { fieldError, ok, type ApiResult } from "./result";
import {
  announceRepriced,
  createCharge,
  dequeueSubscription,
  removeItems,
  rollSubscriptions,
  updateSubscriptionSchedule,
} from "./schedule";
import { idInput, parseInput } from "./validation";

const itemsBody = z.object({ purchase_item_ids: z.array(idInput).min(1, "can't be blank").optional() });

/** The purchase item ids an action applies to: the given ones (all on the charge) or every item. */
function selectItems(charge: Charge, body: unknown): Set<number> | ApiResult {
  const parsed = parseInput(itemsBody, body);
  if (!parsed.ok) return parsed.result;
  const onCharge = new Set(charge.line_items.map((item) => item.purchase_item_id));
  const wanted = parsed.data.purchase_item_ids ?? [...onCharge];
  const missing = wanted.filter((id) => !onCharge.has(id));
  if (missing.length > 0)
    return fieldError("purchase_item_ids", `${missing.join(", ")} not found on this charge`);
  return new Set(wanted);
}

export function skipCharge(store: Store, charge: Charge, body: unknown): ApiResult {
  if (charge.status !== "queued")
    return fieldError("status", `only a queued charge can be skipped; this one is ${charge.status}`);
  const ids = selectItems(charge, body);
  if (!(ids instanceof Set)) return ids;
  for (const id of ids) {
    if (store.subscriptions.get(id)?.is_skippable === false)
      return fieldError("purchase_item_ids", `${id} is not skippable`);
  }
  if (ids.size === charge.line_items.length) {
    store.charges.update(charge, (row) => {
      row.status = "skipped";
      row.updated_at = store.timestamp();
    });
  } else {
    const taken = removeItems(store, charge, ids);
    announceRepriced(store, [charge]);
    const address = store.addresses.get(charge.address_id);
    if (address) createCharge(store, address, charge.scheduled_at, taken, "skipped");
  }
  const skipped = [...ids]
    .flatMap((id) => store.subscriptions.get(id) ?? [])
    .filter((s) => s.status === "active");
  rollSubscriptions(store, skipped, charge.scheduled_at);
  // After the roll, so each payload is the subscription as GET /subscriptions/{id} now shows it.
  for (const subscription of skipped) store.emit("subscription/skipped", "subscription", subscription);
  return ok({ charge });
}

export function unskipCharge(store: Store, charge: Charge, body: unknown): ApiResult {
  if (charge.status !== "skipped")
    return fieldError("status", `only a skipped charge can be unskipped; this one is ${charge.status}`);
  if (charge.scheduled_at < todayOf(store.now()))
    return fieldError("scheduled_at", "is in the past; the charge can no longer be unskipped");
  const ids = selectItems(charge, body);
  if (!(ids instanceof Set)) return ids;
  let queued = charge;
  if (ids.size === charge.line_items.length) {
    store.charges.update(charge, (row) => {
      row.status = "queued";
      row.updated_at = store.timestamp();
    });
  } else {
    const taken = removeItems(store, charge, ids);
    announceRepriced(store, [charge]);
    const address = store.addresses.get(charge.address_id);
    if (address) queued = createCharge(store, address, charge.scheduled_at, taken, "queued");
  }
  // The subscriptions come back to this date: their later queued charge is withdrawn.
  for (const id of ids) {
    const subscription = store.subscriptions.get(id);
    if (!subscription || subscription.status !== "active") continue;
    announceRepriced(store, dequeueSubscription(store, id, queued).repriced);
    updateSubscriptionSchedule(store, subscription, charge.scheduled_at);
    store.emit("subscription/unskipped", "subscription", subscription);
  }
  return ok({ charge });
}
