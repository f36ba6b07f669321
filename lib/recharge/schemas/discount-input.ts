import "server-only";
import { z } from "zod";
import { moneySchema, rechargeIdSchema, timestampSchema } from "./common";
import { appliesToPurchaseItemTypeSchema, discountStatusSchema, discountValueTypeSchema } from "./discount";

const channelSchema = z.strictObject({ can_apply: z.boolean() });

const discountFieldsShape = {
  code: z.string().trim().min(1, "is required").max(255),
  value: moneySchema.optional(),
  value_type: discountValueTypeSchema.optional(),
  applies_to: z
    .strictObject({
      ids: z.array(rechargeIdSchema).optional(),
      purchase_item_type: appliesToPurchaseItemTypeSchema.optional(),
      resource: z.string().min(1).optional(),
    })
    .optional(),
  channel_settings: z
    .strictObject({
      api: channelSchema.optional(),
      checkout_page: channelSchema.optional(),
      customer_portal: channelSchema.optional(),
      merchant_portal: channelSchema.optional(),
    })
    .optional(),
  starts_at: timestampSchema.nullable().optional(),
  ends_at: timestampSchema.nullable().optional(),
  usage_limits: z
    .strictObject({
      first_time_customer_restriction: z.boolean().optional(),
      max_subsequent_redemptions: z.number().int().nonnegative().nullable().optional(),
      one_application_per_customer: z.boolean().optional(),
    })
    .optional(),
  prerequisite_subtotal_min: moneySchema.nullable().optional(),
  status: discountStatusSchema.optional(),
};

/** Body of discount create: `code` is required (unique per store), the rest as Recharge takes it. */
export const discountCreateBodySchema = z.strictObject(discountFieldsShape);
export type DiscountCreateBody = z.infer<typeof discountCreateBodySchema>;

/** Body of discount update: any subset of the create fields, at least one. */
export const discountUpdateBodySchema = discountCreateBodySchema
  .partial()
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    "must change at least one field",
  );
export type DiscountUpdateBody = z.infer<typeof discountUpdateBodySchema>;
