// Every field each served object documents, per its source (README, "Sources"). Tests compare each
// record's keys with `documentedKeyOrder(...)`: the same set, in Recharge's order (key-order.ts).
// E1 = npm @rechargeapps/storefront-client 2.3.0, dist/index.d.ts; E2 = ChemicalLuck/recharge-api-python.
import { rechargeKeyOrder } from "./key-order";

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const DOCUMENTED_FIELDS = {
  // E1 :1861, less the optional apply_credit_to_next_recurring_charge_channel.
  customer: words(`id analytics_data apply_credit_to_next_recurring_charge backup_payment_methods_enabled
    can_add_payment_method created_at email external_customer_id first_charge_processed_at first_name
    has_payment_method_in_dunning has_valid_payment_method hash last_name
    payment_method_fallback_on_failure_disabled phone subscription_related_charge_streak
    subscriptions_active_count subscriptions_total_count tax_exempt updated_at`),
  // E1 :2245, less the 2021-01 note_attributes.
  address: words(`id address1 address2 city company country_code customer_id discounts first_name
    is_gift last_name order_attributes order_note payment_method_id phone presentment_currency province
    shipping_lines_override zip created_at updated_at`),
  // E2 recharge/model/v2/address.py AddressDiscount (E1 :2245 lists only the id).
  addressDiscount: words(`id code value value_type`),
  // E1 :1460, less the create-only addon_parent_subscription_id.
  subscription: words(`id address_id customer_id analytics_data cancellation_reason
    cancellation_reason_comments cancelled_at charge_interval_frequency created_at
    expire_after_specific_number_of_charges external_product_id external_variant_id has_queued_charges
    is_digital is_prepaid is_skippable is_swappable max_retries_reached next_charge_scheduled_at
    order_day_of_month order_day_of_week order_interval_frequency order_interval_unit
    presentment_currency price product_title properties quantity sku sku_override status updated_at
    variant_title`),
  // E1 :2002.
  charge: words(`id address_id analytics_data billing_address client_details created_at currency
    customer discounts external_order_id external_transaction_id has_uncommitted_changes line_items
    merged_at note order_attributes orders_count payment_processor processed_at original_scheduled_at
    scheduled_at shipping_address shipping_lines status subtotal_price tags tax_lines taxable
    total_discounts total_line_items_price total_price total_refunds total_tax taxes_included
    total_duties total_weight_grams type updated_at error error_type charge_attempts
    external_variant_id_not_found retry_date`),
  // E1 :2002 Charge.customer.
  chargeCustomer: words(`id email external_customer_id hash`),
  // E1 :224.
  chargeDiscount: words(`id application_method code value value_type`),
  // E1 :137, less the optional country (absent from E2's charge addresses).
  postalAddress: words(`address1 address2 city company country_code first_name last_name phone province
    zip`),
  // E1 :168, less the optional offer_attributes (absent from E2's line items).
  lineItem: words(`purchase_item_id external_product_id external_variant_id external_inventory_policy
    grams handle images original_price properties purchase_item_type quantity sku tax_due tax_lines
    taxable taxable_amount title total_price unit_price unit_price_includes_tax variant_title`),
  // E1 :287, less the optional status (absent from E2's shipping lines).
  shippingLine: words(`code price retrieved_at source tax_lines taxable title`),
  // E1 :214.
  taxLine: words(`price rate title`),
  // E1 :307.
  order: words(`id address_id billing_address charge client_details created_at currency customer
    discounts external_cart_token external_order_id external_order_number is_prepaid line_items note
    order_attributes processed_at scheduled_at shipping_address shipping_lines status subtotal_price tags
    tax_lines taxable total_discounts total_line_items_price total_price total_refunds total_tax
    total_weight_grams type updated_at error`),
  // E1 :307 Order.charge.
  orderCharge: words(`id external_transaction_id payment_processor_name status`),
  // E2 recharge/model/v2/discount.py (2021-11 fields).
  discount: words(`id applies_to channel_settings code created_at ends_at external_discount_id
    prerequisite_subtotal_min starts_at status updated_at usage_limits value value_type`),
  // E2 recharge/model/v2/discount.py DiscountUsageLimits.
  usageLimits: words(`first_time_customer_restriction max_subsequent_redemptions
    one_application_per_customer redemptions`),
  // recharge-api.md §6 ([l]; no stored Recharge source lists them).
  asyncBatch: words(`id batch_type closed_at created_at fail_task_count status submitted_at
    success_task_count total_task_count updated_at version`),
  asyncBatchTask: words(`id batch_id body completed_at created_at result status updated_at`),
  // E2 recharge/model/v2/webhook.py (id address included_objects topic); created_at, updated_at and
  // version (release-notes-2021-11.txt:108) are the sandbox's.
  webhook: words(`id address created_at included_objects topic updated_at version`),
} as const;

export type DocumentedObject = keyof typeof DOCUMENTED_FIELDS;

/** The documented fields of an object in the order Recharge prints them. */
export function documentedKeyOrder(object: DocumentedObject): string[] {
  return rechargeKeyOrder(DOCUMENTED_FIELDS[object]);
}
