// Recharge 2021-11 enums (recharge-api.md §4), free of `server-only` so the UI can filter and badge
// with them; lib/recharge/schemas builds its zod enums from these same lists.

export const chargeStatuses = [
  "queued",
  "skipped",
  "success",
  "error",
  "refunded",
  "partially_refunded",
  "pending",
  "pending_manual_payment",
] as const;
export type ChargeStatusValue = (typeof chargeStatuses)[number];

export const subscriptionStatuses = ["active", "cancelled", "expired"] as const;
export type SubscriptionStatusValue = (typeof subscriptionStatuses)[number];

export const discountStatuses = ["enabled", "disabled", "fully_disabled"] as const;
export type DiscountStatusValue = (typeof discountStatuses)[number];

export const discountValueTypes = ["percentage", "fixed_amount", "shipping"] as const;
export type DiscountValueTypeValue = (typeof discountValueTypes)[number];
