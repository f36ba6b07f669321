// The records the sandbox keeps, in exactly the shape (and key order) the API prints them:
// `id`, then numeric `*_id` keys alphabetically, then the rest alphabetically. Serialising a record
// is a plain JSON.stringify. Sub-objects typed Readonly are shared between records: replace, never mutate.
import type { IntervalUnit } from "../domain/dates";

export type ExternalId = Readonly<{ ecommerce: string | null }>;
export type Property = Readonly<{ name: string; value: string }>;

export const SUBSCRIPTION_STATUSES = ["active", "cancelled", "expired"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const CHARGE_STATUSES = [
  "queued",
  "skipped",
  "success",
  "error",
  "refunded",
  "partially_refunded",
  "pending",
  "pending_manual_payment",
] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

export const DISCOUNT_STATUSES = ["enabled", "disabled", "fully_disabled"] as const;
export type DiscountStatus = (typeof DISCOUNT_STATUSES)[number];
export const DISCOUNT_VALUE_TYPES = ["percentage", "fixed_amount", "shipping"] as const;
export type DiscountValueType = (typeof DISCOUNT_VALUE_TYPES)[number];

export interface Customer {
  id: number;
  analytics_data: Readonly<{ utm_params: readonly never[] }>;
  created_at: string;
  email: string;
  external_customer_id: ExternalId;
  first_charge_processed_at: string | null;
  first_name: string;
  has_payment_method_in_dunning: boolean;
  has_valid_payment_method: boolean;
  hash: string;
  last_name: string;
  phone: string | null;
  subscriptions_active_count: number;
  subscriptions_total_count: number;
  tax_exempt: boolean;
  updated_at: string;
}

export type DiscountRef = Readonly<{
  id: number;
  code: string;
  value: string;
  value_type: DiscountValueType;
}>;

export interface Address {
  id: number;
  customer_id: number;
  payment_method_id: number | null;
  address1: string;
  address2: string | null;
  city: string;
  company: string | null;
  country_code: string;
  created_at: string;
  discounts: readonly DiscountRef[];
  first_name: string;
  last_name: string;
  order_attributes: readonly Property[];
  phone: string | null;
  presentment_currency: string;
  province: string | null;
  updated_at: string;
  zip: string;
}

export interface Subscription {
  id: number;
  address_id: number;
  customer_id: number;
  cancellation_reason: string | null;
  cancellation_reason_comments: string | null;
  cancelled_at: string | null;
  charge_interval_frequency: number;
  created_at: string;
  external_product_id: ExternalId;
  external_variant_id: ExternalId;
  has_queued_charges: boolean;
  is_prepaid: boolean;
  is_skippable: boolean;
  is_swappable: boolean;
  max_retries_reached: boolean;
  next_charge_scheduled_at: string | null;
  order_interval_frequency: number;
  order_interval_unit: IntervalUnit;
  presentment_currency: string;
  price: string;
  product_title: string;
  properties: readonly Property[];
  quantity: number;
  sku: string;
  status: SubscriptionStatus;
  updated_at: string;
  variant_title: string;
}

/** The address block printed inside charges and orders (shared per address). */
export type PostalAddress = Readonly<{
  address1: string;
  address2: string | null;
  city: string;
  company: string | null;
  country_code: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  province: string | null;
  zip: string;
}>;

/** The customer block printed inside charges and orders (shared per customer). */
export type CustomerRef = Readonly<{
  id: number;
  email: string;
  external_customer_id: ExternalId;
  hash: string;
}>;
