// POST /charges/{id}/process and /refund: taking payment (an order is created, or the card declines
// for the seeded "declining" customers) and giving money back, in part or in full.
import { z } from "zod";
import type { Charge } from "../store/charge-types";
import type { Store } from "../store/store";
import { formatCents, parseMoneyInput, toCents } from "./money";
import { buildOrder, orderChargeOf } from "./order-factory";
import { fieldError, ok, type ApiResult } from "./result";
import { rollSubscriptions } from "./schedule";
import { transactionIdFor } from "./transaction-id";
import { parseInput } from "./validation";

export const DECLINE_MESSAGE = "Your card was declined.";

export function processCharge(store: Store, charge: Charge): ApiResult {
  if (charge.status !== "queued" && charge.status !== "error") {
    return fieldError(
      "status",
      `only a queued or failed charge can be processed; this one is ${charge.status}`,
    );
  }
  const now = store.timestamp();
  if (store.decliningCustomers.has(charge.customer.id)) {
    store.charges.update(charge, (row) => {
      row.status = "error";
      row.error = DECLINE_MESSAGE;
      row.error_type = "CUSTOMER_NEEDS_TO_UPDATE_CARD";
      row.charge_attempts += 1;
      row.updated_at = now;
    });
    const customer = store.customers.get(charge.customer.id);
    if (customer && !customer.has_payment_method_in_dunning) {
      store.customers.update(customer, (row) => {
        row.has_payment_method_in_dunning = true;
        row.updated_at = now;
      });
    }
    store.emit("charge/failed", "charge", charge);
    return ok({ charge });
  }

  const orderId = store.nextId("orders");
  store.charges.update(charge, (row) => {
    row.status = "success";
    row.error = null;
    row.error_type = null;
    row.retry_date = null;
    row.charge_attempts += 1;
    row.external_transaction_id = { payment_processor: transactionIdFor(row.id) };
    row.processed_at = now;
    row.orders_count = 1;
    row.external_order_id = { ecommerce: String(5_213_433_000_000 + orderId) };
    row.updated_at = now;
  });
  const order = store.orders.insert(buildOrder(orderId, charge, 1000 + store.orders.size + 1));
  const customer = store.customers.get(charge.customer.id);
  if (customer) {
    store.customers.update(customer, (row) => {
      row.first_charge_processed_at ??= now;
      // Consecutive subscription charges while the customer keeps an active subscription (E1 :1861).
      if (row.subscriptions_active_count > 0) row.subscription_related_charge_streak += 1;
      row.updated_at = now;
    });
  }
  store.emit("charge/paid", "charge", charge);
  store.emit("order/created", "order", order);
  // A paid recurring charge rolls each of its subscriptions on to the next delivery.
  const due = charge.line_items
    .flatMap((item) => store.subscriptions.get(item.purchase_item_id) ?? [])
    .filter((s) => s.status === "active" && s.next_charge_scheduled_at === charge.scheduled_at);
  rollSubscriptions(store, due, charge.scheduled_at);
  return ok({ charge });
}

const refundBody = z.object({
  amount: z.unknown().optional(),
  full_refund: z.boolean("must be true or false").optional(),
  retry: z.boolean("must be true or false").optional(),
});

export function refundCharge(store: Store, charge: Charge, body: unknown): ApiResult {
  if (charge.status !== "success" && charge.status !== "partially_refunded") {
    return fieldError("status", `only a paid charge can be refunded; this one is ${charge.status}`);
  }
  const parsed = parseInput(refundBody, body);
  if (!parsed.ok) return parsed.result;
  const refundable = toCents(charge.total_price) - toCents(charge.total_refunds);
  if (refundable <= 0) return fieldError("amount", "nothing is left to refund on this charge");
  let amount = refundable;
  if (parsed.data.full_refund !== true) {
    if (parsed.data.amount === undefined || parsed.data.amount === null)
      return fieldError("amount", "can't be blank");
    const cents = parseMoneyInput(parsed.data.amount);
    if (cents === null || cents <= 0)
      return fieldError("amount", "must be a positive amount with at most two decimals");
    if (cents > refundable)
      return fieldError("amount", `must be less than or equal to ${formatCents(refundable)}`);
    amount = cents;
  }
  const totalRefunds = formatCents(toCents(charge.total_refunds) + amount);
  const status = amount === refundable ? "refunded" : "partially_refunded";
  const now = store.timestamp();
  store.charges.update(charge, (row) => {
    row.total_refunds = totalRefunds;
    row.status = status;
    row.updated_at = now;
  });
  for (const order of store.orders.lookup("charge_id", charge.id)) {
    store.orders.update(order, (row) => {
      row.charge = orderChargeOf(charge);
      row.total_refunds = totalRefunds;
      row.updated_at = now;
    });
  }
  store.emit("charge/refunded", "charge", charge);
  return ok({ charge });
}
