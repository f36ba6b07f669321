// The records the sandbox keeps, in exactly the shape and key order the API prints them (store/key-order.ts:
// `id`, then the keys relating to other Recharge resources, then the rest alphabetically, underscores
// read as spaces), so serialising a record is a plain JSON.stringify. Every documented field is present,
// null (or []/{}) where the store has no value. Sub-objects typed Readonly are shared between records:
// replace, never mutate.
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

/** `analytics_data` (E1 AnalyticsData): the sandbox records no UTM visits, so the list is empty. */
export type AnalyticsData = Readonly<{ utm_params: readonly never[] }>;

// Fields: npm @rechargeapps/storefront-client 2.3.0, dist/index.d.ts:1861 (Customer); the optional
// `apply_credit_to_next_recurring_charge_channel` is left out (README, "Sources").
export interface Customer {
  id: number;
  analytics_data: AnalyticsData;
  apply_credit_to_next_recurring_charge: boolean;
  backup_payment_methods_enabled: boolean;
  can_add_payment_method: boolean;
  created_at: string;
  email: string;
  external_customer_id: ExternalId;
  first_charge_processed_at: string | null;
  first_name: string;
  has_payment_method_in_dunning: boolean;
  has_valid_payment_method: boolean;
  hash: string;
  last_name: string;
  payment_method_fallback_on_failure_disabled: boolean;
  phone: string | null;
  subscription_related_charge_streak: number;
  subscriptions_active_count: number;
  subscriptions_total_count: number;
  tax_exempt: boolean;
  updated_at: string;
}

/**
 * A discount as an address carries it (ChemicalLuck/recharge-api-python recharge/model/v2/address.py,
 * AddressDiscount): `value` is a number there and in E1's embedded Discount, unlike the discount
 * resource's string `value`.
 */
export type AddressDiscount = Readonly<{
  id: number;
  code: string;
  value: number;
  value_type: DiscountValueType;
}>;

/** A shipping rate an address forces on its charges (E1 Address.shipping_lines_override). */
export type ShippingOverride = Readonly<{ code: string; price: string; title: string }>;

// Fields: E1 dist/index.d.ts:2245 (Address); the 2021-01 `note_attributes` is left out (renamed to
// order_attributes in 2021-11, release-notes-2021-11.txt:219-222).
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
  discounts: readonly AddressDiscount[];
  first_name: string;
  is_gift: boolean;
  last_name: string;
  order_attributes: readonly Property[];
  order_note: string | null;
  phone: string | null;
  presentment_currency: string;
  province: string | null;
  // null, not []: E1 documents null as "fetch rates when the charge is (re)generated".
  shipping_lines_override: readonly ShippingOverride[] | null;
  updated_at: string;
  zip: string;
}

// Fields: E1 dist/index.d.ts:1460 (SubscriptionBase); `include` appears only when asked for and the
// create-only `addon_parent_subscription_id` is left out.
export interface Subscription {
  id: number;
  address_id: number;
  customer_id: number;
  analytics_data: AnalyticsData;
  cancellation_reason: string | null;
  cancellation_reason_comments: string | null;
  cancelled_at: string | null;
  charge_interval_frequency: number;
  created_at: string;
  expire_after_specific_number_of_charges: number | null;
  external_product_id: ExternalId;
  external_variant_id: ExternalId;
  has_queued_charges: boolean;
  is_digital: boolean;
  is_prepaid: boolean;
  is_skippable: boolean;
  is_swappable: boolean;
  max_retries_reached: boolean;
  next_charge_scheduled_at: string | null;
  order_day_of_month: number | null;
  order_day_of_week: number | null;
  order_interval_frequency: number;
  order_interval_unit: IntervalUnit;
  presentment_currency: string;
  price: string;
  product_title: string;
  properties: readonly Property[];
  quantity: number;
  sku: string;
  sku_override: boolean;
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
