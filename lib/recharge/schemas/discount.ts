import "server-only";
import { z } from "zod";
import { discountStatuses, discountValueTypes } from "@/lib/schemas/recharge-enums";
import { externalIdSchema, moneySchema, rechargeIdSchema, timestampSchema } from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

export const discountStatusSchema = z.enum(discountStatuses);
export type DiscountStatus = z.infer<typeof discountStatusSchema>;

export const discountValueTypeSchema = z.enum(discountValueTypes);
export type DiscountValueType = z.infer<typeof discountValueTypeSchema>;

/** The one upper-case enum of 2021-11. */
export const appliesToPurchaseItemTypeSchema = z.enum(["ALL", "ONETIME", "SUBSCRIPTION"]);

export const discountAppliesToSchema = z.looseObject({
  ids: z.array(z.union([rechargeIdSchema, z.string()])).nullish(),
  purchase_item_type: appliesToPurchaseItemTypeSchema.nullish(),
  resource: z.string().nullish(),
});

const canApplySchema = z.looseObject({ can_apply: z.boolean() });

export const discountChannelSettingsSchema = z.looseObject({
  api: canApplySchema.nullish(),
  checkout_page: canApplySchema.nullish(),
  customer_portal: canApplySchema.nullish(),
  merchant_portal: canApplySchema.nullish(),
});

export const discountUsageLimitsSchema = z.looseObject({
  first_time_customer_restriction: z.boolean().nullish(),
  max_subsequent_redemptions: z.number().int().nonnegative().nullish(),
  one_application_per_customer: z.boolean().nullish(),
});

/** A Recharge discount code (2021-11). `code` is unique per store, case-insensitively. */
export const discountSchema = z.looseObject({
  id: rechargeIdSchema,
  applies_to: discountAppliesToSchema.nullable(),
  channel_settings: discountChannelSettingsSchema.nullable(),
  code: z.string(),
  created_at: timestampSchema,
  ends_at: timestampSchema.nullable(),
  external_discount_id: externalIdSchema.nullish(),
  prerequisite_subtotal_min: moneySchema.nullable(),
  starts_at: timestampSchema.nullable(),
  status: discountStatusSchema,
  updated_at: timestampSchema,
  usage_limits: discountUsageLimitsSchema.nullable(),
  value: moneySchema,
  value_type: discountValueTypeSchema,
});
export type Discount = z.infer<typeof discountSchema>;

export const discountEnvelopeSchema = singleEnvelopeSchema("discount", discountSchema);
export const discountListEnvelopeSchema = listEnvelopeSchema("discounts", discountSchema);
