import { formatMoney } from "@/components/data-table/format";
import type { Subscription } from "@/lib/recharge/schemas/subscription";

type IntervalUnit = Subscription["order_interval_unit"];

/** "every month", "every 2 weeks". */
export function formatInterval(frequency: number, unit: IntervalUnit): string {
  return frequency === 1 ? `every ${unit}` : `every ${frequency} ${unit}s`;
}

/** How often the subscription ships: "every 2 weeks". */
export const deliveryInterval = (subscription: Subscription) =>
  formatInterval(subscription.order_interval_frequency, subscription.order_interval_unit);

/**
 * How often it is charged. Differs from delivery only for prepaid subscriptions (charged every 3
 * months, shipped monthly); Recharge gives the charge frequency in the order interval's unit.
 */
export const chargeInterval = (subscription: Subscription) =>
  formatInterval(subscription.charge_interval_frequency, subscription.order_interval_unit);

/** One unit's price: "$38.00"; the bare amount when Recharge gives no currency (never a guessed one). */
export const unitPrice = (subscription: Subscription) =>
  subscription.presentment_currency
    ? formatMoney(subscription.price, subscription.presentment_currency)
    : subscription.price;

/** "$38.00 × 2": price × quantity, the quantity always shown so the column reads alike. */
export const priceTimesQuantity = (subscription: Subscription) =>
  `${unitPrice(subscription)} × ${subscription.quantity}`;

/** "Single-Origin Espresso Pods", or a name that still says what the row is when Recharge has none. */
export const productName = (subscription: Subscription) =>
  subscription.product_title?.trim() || `Subscription #${subscription.id}`;

/** "Every month"; for prepaid plans, where billing differs from delivery, "Ships every month, billed every 3 months". */
export function intervalLabel(subscription: Subscription): string {
  const ships = deliveryInterval(subscription);
  if (subscription.charge_interval_frequency === subscription.order_interval_frequency) {
    return ships.charAt(0).toUpperCase() + ships.slice(1);
  }
  return `Ships ${ships}, billed ${chargeInterval(subscription)}`;
}
