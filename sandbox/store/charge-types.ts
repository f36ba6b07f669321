// Charge, order and line-item records (see types.ts for the key-order rule). Field lists: npm
// @rechargeapps/storefront-client 2.3.0, dist/index.d.ts — Charge :2002, LineItem :168, TaxLine :214,
// Discount :224, ShippingLine :287, Order :307, AssociatedAddress :137, ExternalTransactionId :133.
import type {
  AnalyticsData,
  ChargeStatus,
  CustomerRef,
  DiscountValueType,
  ExternalId,
  PostalAddress,
  Property,
} from "./types";

export type PurchaseItemType = "subscription" | "onetime";

/** price with 3 decimals and rate with 4 (release-notes-2021-11.txt:184-186). */
export type TaxLine = Readonly<{ price: string; rate: string; title: string }>;

// E1's optional `status` is left out: ChemicalLuck/recharge-api-python's admin charge model lacks it.
export type ShippingLine = Readonly<{
  code: string;
  price: string;
  retrieved_at: string | null;
  source: string;
  tax_lines: readonly TaxLine[];
  taxable: boolean;
  title: string;
}>;

/** E1 InventoryPolicy (dist/index.d.ts:116). */
export type InventoryPolicy = "bypass" | "decrement_obeying_policy" | "decrement_ignoring_policy" | null;

/** E1 ProductImage: the sandbox's catalogue has no images, so `{}`. */
export type ProductImages = Readonly<{ large?: string; medium?: string; original?: string; small?: string }>;

export type LineItem = Readonly<{
  purchase_item_id: number;
  external_inventory_policy: InventoryPolicy;
  external_product_id: ExternalId;
  external_variant_id: ExternalId;
  grams: number | null;
  handle: string | null;
  images: ProductImages;
  original_price: string;
  properties: readonly Property[];
  purchase_item_type: PurchaseItemType;
  quantity: number;
  sku: string;
  tax_due: string;
  tax_lines: readonly TaxLine[];
  taxable: boolean;
  taxable_amount: string;
  title: string;
  total_price: string;
  unit_price: string;
  unit_price_includes_tax: boolean;
  variant_title: string;
}>;

/** A discount as charges and orders carry it (E1 Discount, dist/index.d.ts:224): `value` is a number. */
export type ChargeDiscount = Readonly<{
  id: number;
  application_method: "code" | "automatic" | null;
  code: string;
  value: number;
  value_type: DiscountValueType;
}>;

export type ClientDetails = Readonly<{ browser_ip: string | null; user_agent: string | null }>;
export type ExternalTransactionId = Readonly<{ payment_processor: string | null }>;

export type ChargeType = "checkout" | "recurring";

export interface Charge {
  id: number;
  address_id: number;
  analytics_data: AnalyticsData;
  billing_address: PostalAddress;
  charge_attempts: number;
  client_details: ClientDetails;
  created_at: string;
  currency: string;
  customer: CustomerRef;
  discounts: readonly ChargeDiscount[];
  error: string | null;
  error_type: string | null;
  external_order_id: ExternalId;
  external_transaction_id: ExternalTransactionId;
  external_variant_id_not_found: boolean;
  has_uncommitted_changes: boolean;
  line_items: readonly LineItem[];
  merged_at: string | null;
  note: string | null;
  order_attributes: readonly Property[];
  orders_count: number;
  original_scheduled_at: string | null;
  payment_processor: string;
  processed_at: string | null;
  retry_date: string | null;
  scheduled_at: string;
  shipping_address: PostalAddress;
  shipping_lines: readonly ShippingLine[];
  status: ChargeStatus;
  subtotal_price: string;
  tags: string;
  tax_lines: readonly TaxLine[];
  taxable: boolean;
  taxes_included: boolean;
  total_discounts: string;
  total_duties: string;
  total_line_items_price: string;
  total_price: string;
  total_refunds: string;
  total_tax: string;
  total_weight_grams: number;
  type: ChargeType;
  updated_at: string;
}

export type OrderStatus = "success" | "error" | "queued" | "cancelled";

export type OrderCharge = Readonly<{
  id: number;
  external_transaction_id: ExternalTransactionId;
  payment_processor_name: string;
  status: ChargeStatus;
}>;

export interface Order {
  id: number;
  address_id: number;
  billing_address: PostalAddress;
  charge: OrderCharge;
  client_details: ClientDetails;
  created_at: string;
  currency: string;
  customer: CustomerRef;
  discounts: readonly ChargeDiscount[];
  error: string | null;
  external_cart_token: string | null;
  external_order_id: ExternalId;
  external_order_number: ExternalId;
  is_prepaid: boolean;
  line_items: readonly LineItem[];
  note: string | null;
  order_attributes: readonly Property[];
  processed_at: string;
  scheduled_at: string;
  shipping_address: PostalAddress;
  shipping_lines: readonly ShippingLine[];
  status: OrderStatus;
  subtotal_price: string;
  tags: string;
  tax_lines: readonly TaxLine[];
  taxable: boolean;
  total_discounts: string;
  total_line_items_price: string;
  total_price: string;
  total_refunds: string;
  total_tax: string;
  total_weight_grams: number;
  type: ChargeType;
  updated_at: string;
}
