// Builds charge records (seed and actions alike) with every key in API order, and the blocks charges
// share with their address and customer.
import type { Charge, ChargeType } from "../store/charge-types";
import type {
  Address,
  ChargeStatus,
  Customer,
  CustomerRef,
  ExternalId,
  PostalAddress,
  Subscription,
} from "../store/types";
import { priceCharge, type ChargeMoney, type ItemDraft } from "./charge-totals";

export const NO_EXTERNAL_ID: ExternalId = Object.freeze({ ecommerce: null });

const postalCache = new WeakMap<Address, PostalAddress>();
const customerCache = new WeakMap<Customer, CustomerRef>();

/** The address block of charges at this address; one shared frozen object per address. */
export function postalAddressOf(address: Address): PostalAddress {
  let postal = postalCache.get(address);
  if (!postal) {
    postal = Object.freeze({
      address1: address.address1,
      address2: address.address2,
      city: address.city,
      company: address.company,
      country_code: address.country_code,
      first_name: address.first_name,
      last_name: address.last_name,
      phone: address.phone,
      province: address.province,
      zip: address.zip,
    });
    postalCache.set(address, postal);
  }
  return postal;
}

export function customerRefOf(customer: Customer): CustomerRef {
  let ref = customerCache.get(customer);
  if (!ref) {
    ref = Object.freeze({
      id: customer.id,
      email: customer.email,
      external_customer_id: customer.external_customer_id,
      hash: customer.hash,
    });
    customerCache.set(customer, ref);
  }
  return ref;
}

const draftCache = new WeakMap<Subscription, ItemDraft>();

/** The charge line for a subscription; shared while the subscription's price and quantity hold. */
export function itemFromSubscription(subscription: Subscription): ItemDraft {
  const cached = draftCache.get(subscription);
  if (cached && cached.unit_price === subscription.price && cached.quantity === subscription.quantity)
    return cached;
  const draft: ItemDraft = Object.freeze({
    purchase_item_id: subscription.id,
    external_product_id: subscription.external_product_id,
    external_variant_id: subscription.external_variant_id,
    original_price: subscription.price,
    properties: subscription.properties,
    purchase_item_type: "subscription",
    quantity: subscription.quantity,
    sku: subscription.sku,
    taxable: true,
    title: subscription.product_title,
    unit_price: subscription.price,
    variant_title: subscription.variant_title,
  });
  draftCache.set(subscription, draft);
  return draft;
}

/** Prices items for an existing charge (after items were added or removed). */
export function repriceCharge(charge: Charge, items: readonly ItemDraft[]): ChargeMoney {
  return priceCharge(items, {
    discount: charge.discounts[0] ?? null,
    countryCode: charge.shipping_address.country_code,
    province: charge.shipping_address.province,
  });
}

export interface NewCharge {
  id: number;
  address: Address;
  customer: Customer;
  items: readonly ItemDraft[];
  status: ChargeStatus;
  type: ChargeType;
  scheduledAt: string;
  createdAt: string;
  updatedAt?: string;
  processedAt?: string | null;
  externalOrderId?: string | null;
  mergedAt?: string | null;
}

export function buildCharge(input: NewCharge): Charge {
  const postal = postalAddressOf(input.address);
  // Recharge applies one discount per charge; the address's list is already frozen and shareable.
  const discounts =
    input.address.discounts.length <= 1 ? input.address.discounts : input.address.discounts.slice(0, 1);
  const money = priceCharge(input.items, {
    discount: discounts[0] ?? null,
    countryCode: input.address.country_code,
    province: input.address.province,
  });
  const processed = input.processedAt ?? null;
  return {
    id: input.id,
    address_id: input.address.id,
    billing_address: postal,
    created_at: input.createdAt,
    currency: input.address.presentment_currency,
    customer: customerRefOf(input.customer),
    discounts,
    error: null,
    error_type: null,
    external_order_id: input.externalOrderId ? { ecommerce: input.externalOrderId } : NO_EXTERNAL_ID,
    line_items: money.line_items,
    merged_at: input.mergedAt ?? null,
    note: null,
    orders_count: processed ? 1 : 0,
    processed_at: processed,
    retry_date: null,
    scheduled_at: input.scheduledAt,
    shipping_address: postal,
    shipping_lines: money.shipping_lines,
    status: input.status,
    subtotal_price: money.subtotal_price,
    tags: input.type === "checkout" ? "Subscription First Order" : "Subscription Recurring Order",
    tax_lines: money.tax_lines,
    taxes_included: money.taxes_included,
    total_discounts: money.total_discounts,
    total_line_items_price: money.total_line_items_price,
    total_price: money.total_price,
    total_refunds: "0.00",
    total_tax: money.total_tax,
    type: input.type,
    updated_at: input.updatedAt ?? input.createdAt,
  };
}
