// Orders are created when a charge is paid; they copy the charge's money and items ("The Order contains
// all the same json data as the Charge", api-reference-2021-11.txt:466), in E1's Order shape (:307).
import type { Charge, Order, OrderCharge } from "../store/charge-types";
import { PAYMENT_PROCESSOR } from "./charge-factory";

export function orderChargeOf(charge: Charge): OrderCharge {
  return Object.freeze({
    id: charge.id,
    external_transaction_id: charge.external_transaction_id,
    payment_processor_name: PAYMENT_PROCESSOR,
    status: charge.status,
  });
}

/** `orderNumber` is the platform's order number (`external_order_number.ecommerce`, e.g. "1001"). */
export function buildOrder(id: number, charge: Charge, orderNumber: number): Order {
  const processedAt = charge.processed_at ?? charge.updated_at;
  return {
    id,
    address_id: charge.address_id,
    billing_address: charge.billing_address,
    charge: orderChargeOf(charge),
    client_details: charge.client_details,
    created_at: processedAt,
    currency: charge.currency,
    customer: charge.customer,
    discounts: charge.discounts,
    error: null,
    external_cart_token: null,
    external_order_id: charge.external_order_id,
    external_order_number: { ecommerce: String(orderNumber) },
    is_prepaid: false,
    line_items: charge.line_items,
    note: charge.note,
    order_attributes: charge.order_attributes,
    processed_at: processedAt,
    scheduled_at: charge.scheduled_at,
    shipping_address: charge.shipping_address,
    shipping_lines: charge.shipping_lines,
    status: "success",
    subtotal_price: charge.subtotal_price,
    tags: charge.tags,
    tax_lines: charge.tax_lines,
    taxable: charge.taxable,
    total_discounts: charge.total_discounts,
    total_line_items_price: charge.total_line_items_price,
    total_price: charge.total_price,
    total_refunds: charge.total_refunds,
    total_tax: charge.total_tax,
    total_weight_grams: charge.total_weight_grams,
    type: charge.type,
    updated_at: charge.updated_at,
  };
}
