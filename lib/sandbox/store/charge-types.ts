// Charge, order and line-item records (see types.ts for the key-order rule).
import type { ChargeStatus, CustomerRef, DiscountRef, ExternalId, PostalAddress, Property } from "./types";

export type PurchaseItemType = "subscription" | "onetime";

export type TaxLine = Readonly<{ price: string; rate: string; title: string }>;
export type ShippingLine = Readonly<{ code: string; price: string; title: string }>;

export type LineItem = Readonly<{
  purchase_item_id: number;
  external_product_id: ExternalId;
  external_variant_id: ExternalId;
  original_price: string;
  properties: readonly Property[];
  purchase_item_type: PurchaseItemType;
  quantity: number;
  sku: string;
  tax_due: string;
  taxable: boolean;
  title: string;
  total_price: string;
  unit_price: string;
  variant_title: string;
}>;

export type ChargeType = "checkout" | "recurring";

export interface Charge {
  id: number;
  address_id: number;
  billing_address: PostalAddress;
  created_at: string;
  currency: string;
  customer: CustomerRef;
  discounts: readonly DiscountRef[];
  error: string | null;
  error_type: string | null;
  external_order_id: ExternalId;
  line_items: readonly LineItem[];
  merged_at: string | null;
  note: string | null;
  orders_count: number;
  processed_at: string | null;
  retry_date: string | null;
  scheduled_at: string;
  shipping_address: PostalAddress;
  shipping_lines: readonly ShippingLine[];
  status: ChargeStatus;
  subtotal_price: string;
  tags: string;
  tax_lines: readonly TaxLine[];
  taxes_included: boolean;
  total_discounts: string;
  total_line_items_price: string;
  total_price: string;
  total_refunds: string;
  total_tax: string;
  type: ChargeType;
  updated_at: string;
}

export type OrderStatus = "success" | "error" | "queued" | "cancelled";

export interface Order {
  id: number;
  address_id: number;
  billing_address: PostalAddress;
  charge: Readonly<{ id: number; status: ChargeStatus }>;
  created_at: string;
  currency: string;
  customer: CustomerRef;
  discounts: readonly DiscountRef[];
  error: string | null;
  external_order_id: ExternalId;
  external_order_name: string | null;
  is_prepaid: boolean;
  line_items: readonly LineItem[];
  note: string | null;
  processed_at: string;
  scheduled_at: string;
  shipping_address: PostalAddress;
  shipping_lines: readonly ShippingLine[];
  status: OrderStatus;
  subtotal_price: string;
  tags: string;
  tax_lines: readonly TaxLine[];
  taxes_included: boolean;
  total_discounts: string;
  total_line_items_price: string;
  total_price: string;
  total_refunds: string;
  total_tax: string;
  type: ChargeType;
  updated_at: string;
}
