// Orders are created when a charge is paid; they copy the charge's money and items.
import type { Charge, Order } from "../store/charge-types";

export function buildOrder(id: number, charge: Charge, orderNumber: number): Order {
  const processedAt = charge.processed_at ?? charge.updated_at;
  return {
    id,
    address_id: charge.address_id,
    billing_address: charge.billing_address,
    charge: { id: charge.id, status: charge.status },
    created_at: processedAt,
    currency: charge.currency,
    customer: charge.customer,
    discounts: charge.discounts,
    error: null,
    external_order_id: charge.external_order_id,
    external_order_name: `#${orderNumber}`,
    is_prepaid: false,
    line_items: charge.line_items,
    note: charge.note,
    processed_at: processedAt,
    scheduled_at: charge.scheduled_at,
    shipping_address: charge.shipping_address,
    shipping_lines: charge.shipping_lines,
    status: "success",
    subtotal_price: charge.subtotal_price,
    tags: charge.tags,
    tax_lines: charge.tax_lines,
    taxes_included: charge.taxes_included,
    total_discounts: charge.total_discounts,
    total_line_items_price: charge.total_line_items_price,
    total_price: charge.total_price,
    total_refunds: charge.total_refunds,
    total_tax: charge.total_tax,
    type: charge.type,
    updated_at: charge.updated_at,
  };
}
