import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountChannel } from "@/lib/schemas/discount-form-values";
import {
  isKnownAppliesToPurchaseItemType,
  isKnownDiscountValueType,
  type AppliesToPurchaseItemType,
  type DiscountValueType,
} from "@/lib/schemas/recharge-enums";

/**
 * Discounts carry no currency: fixed amounts and minimum subtotals are in the store's currency.
 * The dashboard serves one USD store; a multi-currency store would read this from store settings.
 */
export const STORE_CURRENCY = "USD";

// "20.00" → "20", "12.50" → "12.5": a percentage reads better without trailing zeros.
const trimDecimal = (value: string) => value.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");

/**
 * "20% off", "$5.00 off", "Free shipping"; "—" without a value, and the value with its type as sent
 * when the type is one the dashboard does not know ("3 (bogo)").
 */
export function discountValueText(discount: Pick<Discount, "value" | "value_type">): string {
  const { value, value_type: type } = discount;
  if (value === null || value === undefined) return MISSING_VALUE;
  if (!isKnownDiscountValueType(type)) return type ? `${value} (${type})` : value;
  switch (type) {
    case "percentage":
      return `${trimDecimal(value)}% off`;
    case "fixed_amount":
      return `${formatMoney(value, STORE_CURRENCY)} off`;
    case "shipping":
      // A shipping discount's value is a percentage of the shipping price.
      return Number(value) >= 100 ? "Free shipping" : `${trimDecimal(value)}% off shipping`;
  }
}

/** Recharge's channels, as the merchant portal's "Channel Controls" name them. */
export const discountChannelLabels: Readonly<Record<DiscountChannel, string>> = {
  api: "API",
  checkout_page: "Checkout page",
  customer_portal: "Customer portal",
  merchant_portal: "Merchant portal",
};

/** "Fixed amount"; a type the dashboard does not know as sent, "—" when there is none. */
export function discountTypeLabel(type: DiscountValueType | null | undefined): string {
  if (type === null || type === undefined) return MISSING_VALUE;
  if (!isKnownDiscountValueType(type)) return type;
  switch (type) {
    case "percentage":
      return "Percentage";
    case "fixed_amount":
      return "Fixed amount";
    case "shipping":
      return "Shipping";
  }
}

/** What a code applies to; Recharge's default (none given) is everything, an unknown scope as sent. */
export function purchaseItemTypeLabel(type: AppliesToPurchaseItemType | null | undefined): string {
  if (type === null || type === undefined) return "All purchases";
  if (!isKnownAppliesToPurchaseItemType(type)) return type;
  switch (type) {
    case "SUBSCRIPTION":
      return "Subscriptions";
    case "ONETIME":
      return "One-time purchases";
    case "ALL":
      return "All purchases";
  }
}

/** "Once per customer · First-time customers · 12 subsequent uses", or "No limits". */
export function usageLimitsSummary(limits: Discount["usage_limits"]): string {
  const parts: string[] = [];
  if (limits?.one_application_per_customer) parts.push("Once per customer");
  if (limits?.first_time_customer_restriction) parts.push("First-time customers");
  const max = limits?.max_subsequent_redemptions;
  if (max !== null && max !== undefined) parts.push(`${max} subsequent ${max === 1 ? "use" : "uses"}`);
  return parts.length ? parts.join(" · ") : "No limits";
}

/** A minimum subtotal in the store currency, or null when there is none. */
export const minimumSubtotal = (discount: Discount) =>
  discount.prerequisite_subtotal_min ? formatMoney(discount.prerequisite_subtotal_min, STORE_CURRENCY) : null;
