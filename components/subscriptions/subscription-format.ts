import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { isKnownIntervalUnit, type IntervalUnit } from "@/lib/schemas/recharge-enums";

/**
 * "every month", "every 2 weeks". A unit the dashboard does not know (Recharge's legacy "Months")
 * is shown as sent; "—" when Recharge gives no interval.
 */
export function formatInterval(
  frequency: number | null | undefined,
  unit: IntervalUnit | null | undefined,
): string {
  if (frequency === null || frequency === undefined || !unit) return MISSING_VALUE;
  if (!isKnownIntervalUnit(unit)) return `every ${frequency} ${unit}`;
  return frequency === 1 ? `every ${unit}` : `every ${frequency} ${unit}s`;
}

/** Prepaid plans charge less often than they ship; unknown when Recharge leaves either out. */
export const chargesLessOften = (subscription: Subscription) =>
  typeof subscription.charge_interval_frequency === "number" &&
  typeof subscription.order_interval_frequency === "number" &&
  subscription.charge_interval_frequency !== subscription.order_interval_frequency;

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
  formatMoney(subscription.price, subscription.presentment_currency);

/** "$38.00 × 2": price × quantity, the quantity always shown so the column reads alike. */
export const priceTimesQuantity = (subscription: Subscription) =>
  `${unitPrice(subscription)} × ${subscription.quantity ?? MISSING_VALUE}`;

/** "Single-Origin Espresso Pods", or a name that still says what the row is when Recharge has none. */
export const productName = (subscription: Subscription) =>
  subscription.product_title?.trim() || `Subscription #${subscription.id}`;

/** "Every month"; for prepaid plans, where billing differs from delivery, "Ships every month, billed every 3 months". */
export function intervalLabel(subscription: Subscription): string {
  const ships = deliveryInterval(subscription);
  if (!chargesLessOften(subscription)) return ships.charAt(0).toUpperCase() + ships.slice(1);
  return `Ships ${ships}, billed ${chargeInterval(subscription)}`;
}
