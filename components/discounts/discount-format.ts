import { formatMoney } from "@/components/data-table/format";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountValueTypeValue } from "@/lib/schemas/recharge-enums";

/**
 * Discounts carry no currency: fixed amounts and minimum subtotals are in the store's currency.
 * The dashboard serves one USD store; a multi-currency store would read this from store settings.
 */
export const STORE_CURRENCY = "USD";

// "20.00" → "20", "12.50" → "12.5": a percentage reads better without trailing zeros.
const trimDecimal = (value: string) => value.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");

/** "20% off", "$5.00 off", "Free shipping". */
export function discountValueText(discount: Pick<Discount, "value" | "value_type">): string {
  switch (discount.value_type) {
    case "percentage":
      return `${trimDecimal(discount.value)}% off`;
    case "fixed_amount":
      return `${formatMoney(discount.value, STORE_CURRENCY)} off`;
    case "shipping":
      // A shipping discount's value is a percentage of the shipping price.
      return Number(discount.value) >= 100 ? "Free shipping" : `${trimDecimal(discount.value)}% off shipping`;
  }
}

export function discountTypeLabel(type: DiscountValueTypeValue): string {
  switch (type) {
    case "percentage":
      return "Percentage";
    case "fixed_amount":
      return "Fixed amount";
    case "shipping":
      return "Shipping";
  }
}

type PurchaseItemType = NonNullable<NonNullable<Discount["applies_to"]>["purchase_item_type"]>;

export function purchaseItemTypeLabel(type: PurchaseItemType | null | undefined): string {
  switch (type) {
    case "SUBSCRIPTION":
      return "Subscriptions";
    case "ONETIME":
      return "One-time purchases";
    case "ALL":
    case null:
    case undefined:
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
