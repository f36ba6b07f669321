import "server-only";
import { z } from "zod";
import {
  discountStatuses,
  discountValueTypes,
  type KnownAppliesToPurchaseItemType,
  type KnownDiscountStatus,
  type KnownDiscountValueType,
} from "@/lib/schemas/recharge-enums";
import {
  externalIdSchema,
  openEnumSchema,
  readCountSchema,
  readFlagSchema,
  readMoneySchema,
  readTextSchema,
  readTimeSchema,
  rechargeIdSchema,
} from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** What we may filter by (strict: Recharge refuses values it does not know). */
export const discountStatusSchema = z.enum(discountStatuses);
export const discountValueTypeSchema = z.enum(discountValueTypes);

export const discountAppliesToSchema = z.looseObject({
  ids: z.array(z.union([rechargeIdSchema, z.string()])).nullish(),
  purchase_item_type: openEnumSchema<KnownAppliesToPurchaseItemType>().nullish(),
  resource: readTextSchema,
});

const canApplySchema = z.looseObject({ can_apply: readFlagSchema });

export const discountChannelSettingsSchema = z.looseObject({
  api: canApplySchema.nullish(),
  checkout_page: canApplySchema.nullish(),
  customer_portal: canApplySchema.nullish(),
  merchant_portal: canApplySchema.nullish(),
});

export const discountUsageLimitsSchema = z.looseObject({
  first_time_customer_restriction: readFlagSchema,
  max_subsequent_redemptions: readCountSchema,
  one_application_per_customer: readFlagSchema,
  redemptions: readCountSchema,
});

/**
 * A Recharge discount code (2021-11), read tolerantly: only `id` and a `status` string are required.
 * `code` is unique per store, case-insensitively; unknown statuses and value types are shown as sent.
 */
export const discountSchema = z.looseObject({
  id: rechargeIdSchema,
  applies_to: discountAppliesToSchema.nullish(),
  channel_settings: discountChannelSettingsSchema.nullish(),
  code: readTextSchema,
  created_at: readTimeSchema,
  ends_at: readTimeSchema,
  external_discount_id: externalIdSchema.nullish(),
  prerequisite_subtotal_min: readMoneySchema.nullish(),
  starts_at: readTimeSchema,
  status: openEnumSchema<KnownDiscountStatus>(),
  updated_at: readTimeSchema,
  usage_limits: discountUsageLimitsSchema.nullish(),
  value: readMoneySchema.nullish(),
  value_type: openEnumSchema<KnownDiscountValueType>().nullish(),
});
export type Discount = z.infer<typeof discountSchema>;

export const discountEnvelopeSchema = singleEnvelopeSchema("discount", discountSchema);
export const discountListEnvelopeSchema = listEnvelopeSchema("discounts", discountSchema);
