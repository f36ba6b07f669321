// Discount records in API key order (E2's 2021-11 fields), from the fields a create/update may set.
import type { Discount } from "../store/admin-types";
import type { AddressDiscount } from "../store/types";
import { NO_EXTERNAL_ID } from "./charge-factory";

export type DiscountFields = Pick<
  Discount,
  | "applies_to"
  | "channel_settings"
  | "code"
  | "ends_at"
  | "prerequisite_subtotal_min"
  | "starts_at"
  | "status"
  | "usage_limits"
  | "value"
  | "value_type"
>;

export const DEFAULT_CHANNELS: Discount["channel_settings"] = Object.freeze({
  api: Object.freeze({ can_apply: true }),
  checkout_page: Object.freeze({ can_apply: true }),
  customer_portal: Object.freeze({ can_apply: true }),
  merchant_portal: Object.freeze({ can_apply: true }),
});

export const DEFAULT_APPLIES_TO: Discount["applies_to"] = Object.freeze({
  ids: Object.freeze([]) as readonly number[],
  purchase_item_type: "ALL",
  resource: null,
});

export const DEFAULT_USAGE_LIMITS: Discount["usage_limits"] = Object.freeze({
  first_time_customer_restriction: false,
  max_subsequent_redemptions: null,
  one_application_per_customer: false,
  redemptions: null,
});

export function buildDiscount(id: number, fields: DiscountFields, createdAt: string): Discount {
  return {
    id,
    applies_to: fields.applies_to,
    channel_settings: fields.channel_settings,
    code: fields.code,
    created_at: createdAt,
    ends_at: fields.ends_at,
    external_discount_id: NO_EXTERNAL_ID,
    prerequisite_subtotal_min: fields.prerequisite_subtotal_min,
    starts_at: fields.starts_at,
    status: fields.status,
    updated_at: createdAt,
    usage_limits: fields.usage_limits,
    value: fields.value,
    value_type: fields.value_type,
  };
}

/** The short form addresses carry; its `value` is a number (E2 address.py, E1 Discount :224). */
export function addressDiscountOf(discount: Discount): AddressDiscount {
  return Object.freeze({
    id: discount.id,
    code: discount.code,
    value: Number(discount.value),
    value_type: discount.value_type,
  });
}
