// Prices a charge from its items, the address's discount and the destination, so that every charge
// satisfies total_price = total_line_items_price − total_discounts + shipping + tax (tax only when
// prices do not include it).
import type { LineItem, ShippingLine, TaxLine } from "../store/charge-types";
import type { DiscountValueType } from "../store/types";
import {
  shippingLines,
  singleItemList,
  taxLines,
  withPrices,
  type ItemDraft,
  type TaxPrint,
} from "./charge-lines";
import { formatCents, toCents } from "./money";
import { formatRate, shippingCentsFor, taxRuleFor } from "./tax-rules";

export type { ItemDraft } from "./charge-lines";

export interface ChargeMoney {
  line_items: readonly LineItem[];
  shipping_lines: readonly ShippingLine[];
  subtotal_price: string;
  tax_lines: readonly TaxLine[];
  taxable: boolean;
  taxes_included: boolean;
  total_discounts: string;
  total_line_items_price: string;
  total_price: string;
  total_tax: string;
  total_weight_grams: number;
}

/** What pricing needs of a discount (addresses and charges carry `value` as a number). */
export type PricingDiscount = Readonly<{ value: number; value_type: DiscountValueType }>;

export interface PricingContext {
  discount: PricingDiscount | null;
  countryCode: string;
  province: string | null;
}

function discountCents(discount: PricingDiscount | null, lineCents: number, shippingCents: number): number {
  if (!discount) return 0;
  switch (discount.value_type) {
    case "percentage":
      return Math.round((lineCents * discount.value) / 100);
    case "fixed_amount":
      return Math.min(Math.round(discount.value * 100), lineCents);
    case "shipping":
      return Math.round((shippingCents * Math.min(discount.value, 100)) / 100);
    default: {
      const exhaustive: never = discount.value_type;
      throw new Error(`unknown discount type ${String(exhaustive)}`);
    }
  }
}

const prints = new Map<string, { rate: number; print: TaxPrint }>();

/** The destination's tax rule and how it prints, one shared object per destination. */
function taxFor(countryCode: string, province: string | null) {
  const key = `${countryCode}|${province ?? ""}`;
  let entry = prints.get(key);
  if (!entry) {
    const rule = taxRuleFor(countryCode, province);
    const print = {
      rate: formatRate(rule.rate),
      title: rule.title,
      included: rule.included,
      lines: new Map(),
    };
    prints.set(key, (entry = { rate: rule.rate, print }));
  }
  return entry;
}

export function priceCharge(items: readonly ItemDraft[], context: PricingContext): ChargeMoney {
  const itemCents = items.map((item) => toCents(item.unit_price) * item.quantity);
  const lineCents = itemCents.reduce((sum, cents) => sum + cents, 0);
  const shippingCents = shippingCentsFor(context.countryCode, lineCents);
  const discount = discountCents(context.discount, lineCents, shippingCents);
  // A shipping discount lowers shipping, not the goods: tax is due on goods after product discounts.
  const goodsDiscount = context.discount?.value_type === "shipping" ? 0 : discount;
  const { rate, print } = taxFor(context.countryCode, context.province);
  let taxCents = 0;
  let grams = 0;
  const lineItems = items.map((item, index) => {
    const gross = itemCents[index] ?? 0;
    const net = lineCents === 0 ? 0 : gross - Math.round((goodsDiscount * gross) / lineCents);
    const due = !item.taxable
      ? 0
      : print.included
        ? Math.round((net * rate) / (100_000 + rate))
        : Math.round((net * rate) / 100_000);
    taxCents += due;
    grams += (item.grams ?? 0) * item.quantity;
    return withPrices(item, print, { taxDueCents: due, netCents: net, totalCents: gross });
  });
  const total = lineCents - discount + shippingCents + (print.included ? 0 : taxCents);
  return {
    line_items: lineItems.length === 1 ? singleItemList(lineItems[0] as LineItem) : lineItems,
    shipping_lines: shippingLines(formatCents(shippingCents)),
    subtotal_price: formatCents(lineCents - goodsDiscount),
    tax_lines: taxLines(taxCents, print),
    taxable: items.some((item) => item.taxable),
    taxes_included: print.included,
    total_discounts: formatCents(discount),
    total_line_items_price: formatCents(lineCents),
    total_price: formatCents(total),
    total_tax: formatCents(taxCents),
    total_weight_grams: grams,
  };
}
