// Recharge 2021-11 enums (recharge-api.md §4), free of `server-only` so the UI can filter and badge
// with them; lib/recharge/schemas builds its zod schemas from these same lists.
//
// Two readings of each list: what we *send* (filters, bodies) must be one of the known values, while
// what Recharge *sends back* may be a value we have never seen (`uncaptured`, `paused`, …). Read
// values are typed `OpenEnum<Known>`: the known ones keep their literal types for exhaustive
// switches, anything else stays the raw string so it can be shown as sent.

/** A value read from Recharge: one of the known ones, or whatever string Recharge sent. */
export type OpenEnum<Known extends string> = Known | (string & {});

/** A type guard for one known list: narrows an `OpenEnum` to its known values. */
function knownIn<Known extends string>(values: readonly Known[]) {
  const known: ReadonlySet<string> = new Set(values);
  return (value: string | null | undefined): value is Known => typeof value === "string" && known.has(value);
}

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
export type KnownChargeStatus = (typeof chargeStatuses)[number];
export type ChargeStatus = OpenEnum<KnownChargeStatus>;
export const isKnownChargeStatus = knownIn(chargeStatuses);

export const chargeTypes = ["checkout", "recurring"] as const;
export type KnownChargeType = (typeof chargeTypes)[number];
export type ChargeType = OpenEnum<KnownChargeType>;
export const isKnownChargeType = knownIn(chargeTypes);

export const purchaseItemTypes = ["subscription", "onetime"] as const;
export type KnownPurchaseItemType = (typeof purchaseItemTypes)[number];
export type PurchaseItemType = OpenEnum<KnownPurchaseItemType>;

// Recharge's own storefront client also knows `onetime`, and its webhooks a `paused` state; neither
// is in the 2021-11 admin contract or the sandbox, so they are read as unknown values (shown raw).
export const subscriptionStatuses = ["active", "cancelled", "expired"] as const;
export type KnownSubscriptionStatus = (typeof subscriptionStatuses)[number];
export type SubscriptionStatus = OpenEnum<KnownSubscriptionStatus>;
export const isKnownSubscriptionStatus = knownIn(subscriptionStatuses);

export const intervalUnits = ["day", "week", "month"] as const;
export type KnownIntervalUnit = (typeof intervalUnits)[number];
export type IntervalUnit = OpenEnum<KnownIntervalUnit>;
export const isKnownIntervalUnit = knownIn(intervalUnits);

export const discountStatuses = ["enabled", "disabled", "fully_disabled"] as const;
export type KnownDiscountStatus = (typeof discountStatuses)[number];
export type DiscountStatus = OpenEnum<KnownDiscountStatus>;
export const isKnownDiscountStatus = knownIn(discountStatuses);

export const discountValueTypes = ["percentage", "fixed_amount", "shipping"] as const;
export type KnownDiscountValueType = (typeof discountValueTypes)[number];
export type DiscountValueType = OpenEnum<KnownDiscountValueType>;
export const isKnownDiscountValueType = knownIn(discountValueTypes);

/** `applies_to.purchase_item_type`: the one upper-case enum of 2021-11. */
export const appliesToPurchaseItemTypes = ["ALL", "ONETIME", "SUBSCRIPTION"] as const;
export type KnownAppliesToPurchaseItemType = (typeof appliesToPurchaseItemTypes)[number];
export type AppliesToPurchaseItemType = OpenEnum<KnownAppliesToPurchaseItemType>;
export const isKnownAppliesToPurchaseItemType = knownIn(appliesToPurchaseItemTypes);
