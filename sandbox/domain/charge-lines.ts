// The priced lines of a charge — line items, shipping lines, tax lines — in API key order. Most charges
// of a subscription price out identically, so these objects are shared (frozen) instead of copied
// 100,000 times at scale 10.
import type { LineItem, ShippingLine, TaxLine } from "../store/charge-types";
import { formatCents } from "./money";

/** A line item before pricing: everything but the fields computed from the destination and discount. */
export type ItemDraft = Omit<
  LineItem,
  "tax_due" | "tax_lines" | "taxable_amount" | "total_price" | "unit_price_includes_tax"
>;

/** How one destination's tax prints; shared per destination, it also keys the caches below. */
export interface TaxPrint {
  rate: string;
  title: string;
  included: boolean;
  /** Tax line lists by tax cents. */
  lines: Map<number, readonly TaxLine[]>;
}

export interface ItemPrices {
  taxDueCents: number;
  /** Net of the goods discount; with the item and the destination it decides every computed field. */
  netCents: number;
  totalCents: number;
}

export const NO_TAX_LINES: readonly TaxLine[] = Object.freeze([]);

const pricedItems = new WeakMap<ItemDraft, Map<TaxPrint, Map<number, LineItem>>>();
const singleLists = new WeakMap<LineItem, readonly LineItem[]>();
const shippingCache = new Map<string, readonly ShippingLine[]>();

/** Money inside tax_lines prints with 3 decimals (release-notes-2021-11.txt:184-186). */
function formatTaxPrice(cents: number): string {
  return `${formatCents(cents)}0`;
}

/** One tax line list `[{price, rate, title}]`, or none when nothing is due. */
export function taxLines(cents: number, print: TaxPrint): readonly TaxLine[] {
  if (cents <= 0) return NO_TAX_LINES;
  let lines = print.lines.get(cents);
  if (!lines) {
    lines = Object.freeze([
      Object.freeze({ price: formatTaxPrice(cents), rate: print.rate, title: print.title }),
    ]);
    if (print.lines.size < 20_000) print.lines.set(cents, lines);
  }
  return lines;
}

/**
 * The store's one shipping rate. Shipping is not taxed here (no tax lines); `source` names the
 * e-commerce platform the sandbox imitates (Shopify, as X-Recharge-External-Platform-Domain says).
 */
export function shippingLines(price: string): readonly ShippingLine[] {
  let lines = shippingCache.get(price);
  if (!lines) {
    lines = Object.freeze([
      Object.freeze({
        code: "Standard Shipping",
        price,
        retrieved_at: null,
        source: "shopify",
        tax_lines: NO_TAX_LINES,
        taxable: false,
        title: "Standard Shipping",
      }),
    ]);
    if (shippingCache.size < 10_000) shippingCache.set(price, lines);
  }
  return lines;
}

export function singleItemList(item: LineItem): readonly LineItem[] {
  let list = singleLists.get(item);
  if (!list) singleLists.set(item, (list = Object.freeze([item])));
  return list;
}

/** The item with its computed fields, in the API's key order (shared when already priced alike). */
export function withPrices(item: ItemDraft, print: TaxPrint, prices: ItemPrices): LineItem {
  let byPrint = pricedItems.get(item);
  if (!byPrint) pricedItems.set(item, (byPrint = new Map()));
  let byNet = byPrint.get(print);
  if (!byNet) byPrint.set(print, (byNet = new Map()));
  const cached = byNet.get(prices.netCents);
  if (cached) return cached;
  const priced: LineItem = Object.freeze({
    purchase_item_id: item.purchase_item_id,
    external_inventory_policy: item.external_inventory_policy,
    external_product_id: item.external_product_id,
    external_variant_id: item.external_variant_id,
    grams: item.grams,
    handle: item.handle,
    images: item.images,
    original_price: item.original_price,
    properties: item.properties,
    purchase_item_type: item.purchase_item_type,
    quantity: item.quantity,
    sku: item.sku,
    tax_due: formatCents(prices.taxDueCents),
    tax_lines: taxLines(prices.taxDueCents, print),
    taxable: item.taxable,
    taxable_amount: formatCents(item.taxable ? prices.netCents : 0),
    title: item.title,
    total_price: formatCents(prices.totalCents),
    unit_price: item.unit_price,
    unit_price_includes_tax: print.included,
    variant_title: item.variant_title,
  });
  byNet.set(prices.netCents, priced);
  return priced;
}
