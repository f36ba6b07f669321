// Prices a charge from its items, the address's discount and the destination, so that every charge
// satisfies total_price = total_line_items_price − total_discounts + shipping + tax (tax only when
// prices do not include it).
import type { LineItem, ShippingLine, TaxLine } from "../store/charge-types";
import type { DiscountRef } from "../store/types";
import { formatCents, toCents } from "./money";
import { formatRate, shippingCentsFor, taxRuleFor } from "./tax-rules";

/** A line item before pricing: everything but the computed tax_due and total_price. */
export type ItemDraft = Omit<LineItem, "tax_due" | "total_price">;

export interface ChargeMoney {
  line_items: readonly LineItem[];
  shipping_lines: readonly ShippingLine[];
  subtotal_price: string;
  tax_lines: readonly TaxLine[];
  taxes_included: boolean;
  total_discounts: string;
  total_line_items_price: string;
  total_price: string;
  total_tax: string;
}

export interface PricingContext {
  discount: DiscountRef | null;
  countryCode: string;
  province: string | null;
}

function discountCents(discount: DiscountRef | null, lineCents: number, shippingCents: number): number {
  if (!discount) return 0;
  const value = toCents(discount.value);
  switch (discount.value_type) {
    case "percentage":
      return Math.round((lineCents * value) / 10_000);
    case "fixed_amount":
      return Math.min(value, lineCents);
    case "shipping":
      return Math.round((shippingCents * Math.min(value, 10_000)) / 10_000);
    default: {
      const exhaustive: never = discount.value_type;
      throw new Error(`unknown discount type ${String(exhaustive)}`);
    }
  }
}

export function priceCharge(items: readonly ItemDraft[], context: PricingContext): ChargeMoney {
  const itemCents = items.map((item) => toCents(item.unit_price) * item.quantity);
  const lineCents = itemCents.reduce((sum, cents) => sum + cents, 0);
  const shippingCents = shippingCentsFor(context.countryCode, lineCents);
  const discount = discountCents(context.discount, lineCents, shippingCents);
  // A shipping discount lowers shipping, not the goods: tax is due on goods after product discounts.
  const goodsDiscount = context.discount?.value_type === "shipping" ? 0 : discount;
  const tax = taxRuleFor(context.countryCode, context.province);
  const lineItems = items.map((item, index) => {
    const gross = itemCents[index] ?? 0;
    const net = lineCents === 0 ? 0 : gross - Math.round((goodsDiscount * gross) / lineCents);
    const due = !item.taxable
      ? 0
      : tax.included
        ? Math.round((net * tax.rate) / (100_000 + tax.rate))
        : Math.round((net * tax.rate) / 100_000);
    return withPrices(item, formatCents(due), formatCents(gross));
  });
  const taxCents = lineItems.reduce((sum, item) => sum + toCents(item.tax_due), 0);
  const total = lineCents - discount + shippingCents + (tax.included ? 0 : taxCents);
  return {
    line_items: lineItems.length === 1 ? singleItemList(lineItems[0] as LineItem) : lineItems,
    shipping_lines: shippingLines(formatCents(shippingCents)),
    subtotal_price: formatCents(lineCents - goodsDiscount),
    tax_lines: taxCents > 0 ? taxLines(formatCents(taxCents), formatRate(tax.rate), tax.title) : NO_TAX_LINES,
    taxes_included: tax.included,
    total_discounts: formatCents(discount),
    total_line_items_price: formatCents(lineCents),
    total_price: formatCents(total),
    total_tax: formatCents(taxCents),
  };
}

// Most charges of a subscription price out identically, so the priced items and the small arrays
// around them are shared (frozen) instead of copied 100,000 times at scale 10.
const pricedItems = new WeakMap<ItemDraft, Map<string, LineItem>>();
const singleLists = new WeakMap<LineItem, readonly LineItem[]>();
const shippingCache = new Map<string, readonly ShippingLine[]>();
const taxCache = new Map<string, readonly TaxLine[]>();
const NO_TAX_LINES: readonly TaxLine[] = Object.freeze([]);

function singleItemList(item: LineItem): readonly LineItem[] {
  let list = singleLists.get(item);
  if (!list) singleLists.set(item, (list = Object.freeze([item])));
  return list;
}

function shippingLines(price: string): readonly ShippingLine[] {
  let lines = shippingCache.get(price);
  if (!lines) {
    lines = Object.freeze([Object.freeze({ code: "Standard Shipping", price, title: "Standard Shipping" })]);
    if (shippingCache.size < 10_000) shippingCache.set(price, lines);
  }
  return lines;
}

function taxLines(price: string, rate: string, title: string): readonly TaxLine[] {
  const key = `${price}|${rate}|${title}`;
  let lines = taxCache.get(key);
  if (!lines) {
    lines = Object.freeze([Object.freeze({ price, rate, title })]);
    if (taxCache.size < 100_000) taxCache.set(key, lines);
  }
  return lines;
}

/** The item with its computed fields, in the API's key order (shared when already priced alike). */
function withPrices(item: ItemDraft, taxDue: string, totalPrice: string): LineItem {
  let byTax = pricedItems.get(item);
  if (!byTax) pricedItems.set(item, (byTax = new Map()));
  const key = `${taxDue}|${totalPrice}`;
  const cached = byTax.get(key);
  if (cached) return cached;
  const priced: LineItem = Object.freeze({
    purchase_item_id: item.purchase_item_id,
    external_product_id: item.external_product_id,
    external_variant_id: item.external_variant_id,
    original_price: item.original_price,
    properties: item.properties,
    purchase_item_type: item.purchase_item_type,
    quantity: item.quantity,
    sku: item.sku,
    tax_due: taxDue,
    taxable: item.taxable,
    title: item.title,
    total_price: totalPrice,
    unit_price: item.unit_price,
    variant_title: item.variant_title,
  });
  byTax.set(key, priced);
  return priced;
}
