// Builds charge records (seed and actions alike) with every documented key in API order, and the
// blocks charges share with their address and customer.
import type {
  Charge,
  ChargeDiscount,
  ChargeType,
  ClientDetails,
  ExternalTransactionId,
} from "../store/charge-types";
import type {
  Address,
  AddressDiscount,
  AnalyticsData,
  ChargeStatus,
  Customer,
  CustomerRef,
  ExternalId,
  PostalAddress,
  Property,
  Subscription,
} from "../store/types";
import { catalogFacts } from "../seed/catalog-products";
import { priceCharge, type ItemDraft } from "./charge-totals";

export const NO_EXTERNAL_ID: ExternalId = Object.freeze({ ecommerce: null });
export const NO_ANALYTICS: AnalyticsData = Object.freeze({
  utm_params: Object.freeze([]) as readonly never[],
});
/** Recharge fills these from the checkout session; recurring charges made here have none. */
export const NO_CLIENT_DETAILS: ClientDetails = Object.freeze({ browser_ip: null, user_agent: null });
export const NO_TRANSACTION: ExternalTransactionId = Object.freeze({ payment_processor: null });
export const NO_PROPERTIES: readonly Property[] = Object.freeze([]);
/** The processor every seeded payment method uses (a Shopify store on Recharge's Stripe gateway). */
export const PAYMENT_PROCESSOR = "stripe";
const NO_IMAGES = Object.freeze({});

const postalCache = new WeakMap<Address, PostalAddress>();
const customerCache = new WeakMap<Customer, CustomerRef>();
const discountCache = new WeakMap<AddressDiscount, readonly ChargeDiscount[]>();
const NO_DISCOUNTS: readonly ChargeDiscount[] = Object.freeze([]);

/** After the address itself changed: its next postal block is built from the new values. */
export function forgetPostalAddress(address: Address): void {
  postalCache.delete(address);
}

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

/** Recharge applies one discount per charge: the address's first, as a code discount. */
export function chargeDiscountsOf(address: Address): readonly ChargeDiscount[] {
  const discount = address.discounts[0];
  if (!discount) return NO_DISCOUNTS;
  let list = discountCache.get(discount);
  if (!list) {
    list = Object.freeze([
      Object.freeze({
        id: discount.id,
        application_method: "code" as const,
        code: discount.code,
        value: discount.value,
        value_type: discount.value_type,
      }),
    ]);
    discountCache.set(discount, list);
  }
  return list;
}

const draftCache = new WeakMap<Subscription, ItemDraft>();

/** The charge line for a subscription; shared while the subscription's price and quantity hold. */
export function itemFromSubscription(subscription: Subscription): ItemDraft {
  const cached = draftCache.get(subscription);
  if (cached && cached.unit_price === subscription.price && cached.quantity === subscription.quantity)
    return cached;
  const facts = catalogFacts(subscription.external_variant_id.ecommerce);
  const draft: ItemDraft = Object.freeze({
    purchase_item_id: subscription.id,
    external_inventory_policy: "decrement_obeying_policy",
    external_product_id: subscription.external_product_id,
    external_variant_id: subscription.external_variant_id,
    grams: facts.grams,
    handle: facts.handle,
    images: NO_IMAGES,
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
export function repriceCharge(charge: Charge, items: readonly ItemDraft[]) {
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
  /** The payment processor's id of the payment, for processed charges. */
  transactionId?: string | null;
  mergedAt?: string | null;
}

export function buildCharge(input: NewCharge): Charge {
  const postal = postalAddressOf(input.address);
  const discounts = chargeDiscountsOf(input.address);
  const money = priceCharge(input.items, {
    discount: discounts[0] ?? null,
    countryCode: input.address.country_code,
    province: input.address.province,
  });
  const processed = input.processedAt ?? null;
  return {
    id: input.id,
    address_id: input.address.id,
    analytics_data: NO_ANALYTICS,
    billing_address: postal,
    charge_attempts: processed ? 1 : 0,
    client_details: NO_CLIENT_DETAILS,
    created_at: input.createdAt,
    currency: input.address.presentment_currency,
    customer: customerRefOf(input.customer),
    discounts,
    error: null,
    error_type: null,
    external_order_id: input.externalOrderId ? { ecommerce: input.externalOrderId } : NO_EXTERNAL_ID,
    external_transaction_id: input.transactionId
      ? { payment_processor: input.transactionId }
      : NO_TRANSACTION,
    external_variant_id_not_found: false,
    has_uncommitted_changes: false,
    line_items: money.line_items,
    merged_at: input.mergedAt ?? null,
    note: null,
    order_attributes: input.address.order_attributes,
    orders_count: processed ? 1 : 0,
    // The date it was first scheduled for; rescheduling moves scheduled_at only.
    original_scheduled_at: input.scheduledAt,
    payment_processor: PAYMENT_PROCESSOR,
    processed_at: processed,
    retry_date: null,
    scheduled_at: input.scheduledAt,
    shipping_address: postal,
    shipping_lines: money.shipping_lines,
    status: input.status,
    subtotal_price: money.subtotal_price,
    tags: input.type === "checkout" ? "Subscription First Order" : "Subscription Recurring Order",
    tax_lines: money.tax_lines,
    taxable: money.taxable,
    taxes_included: money.taxes_included,
    total_discounts: money.total_discounts,
    total_duties: "0.00",
    total_line_items_price: money.total_line_items_price,
    total_price: money.total_price,
    total_refunds: "0.00",
    total_tax: money.total_tax,
    total_weight_grams: money.total_weight_grams,
    type: input.type,
    updated_at: input.updatedAt ?? input.createdAt,
  };
}
