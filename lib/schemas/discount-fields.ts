// The fields of a Recharge discount create/update body (recharge-api.md §4), free of `server-only`:
// the Recharge client checks outgoing bodies with these schemas, and the batch CSV validator in the
// browser checks each row with the very same ones, so a row that passes the preview is a body the
// client accepts.
import { z } from "zod";
import { discountStatuses, discountValueTypes, appliesToPurchaseItemTypes } from "./recharge-enums";

/** Money as Recharge takes it: a non-negative decimal string with at most two decimals. */
export const discountMoneySchema = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/, "must be a non-negative amount with at most two decimals");

/** ISO-8601 timestamp, with or without an offset. */
export const discountTimestampSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/,
    "must be an ISO-8601 timestamp",
  );

const discountIdSchema = z.number().int("must be an integer").positive("must be a positive id");
const channelSchema = z.strictObject({ can_apply: z.boolean() });

export const discountFieldsShape = {
  code: z
    .string()
    .trim()
    .min(1, "is required")
    .max(255, "is too long (maximum is 255 characters)")
    .regex(/^\S+$/, "must not contain spaces"),
  value: discountMoneySchema.optional(),
  value_type: z.enum(discountValueTypes, `must be one of: ${discountValueTypes.join(", ")}`).optional(),
  applies_to: z
    .strictObject({
      ids: z.array(discountIdSchema).optional(),
      purchase_item_type: z
        .enum(appliesToPurchaseItemTypes, `must be one of: ${appliesToPurchaseItemTypes.join(", ")}`)
        .optional(),
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
  starts_at: discountTimestampSchema.nullable().optional(),
  ends_at: discountTimestampSchema.nullable().optional(),
  usage_limits: z
    .strictObject({
      first_time_customer_restriction: z.boolean().optional(),
      max_subsequent_redemptions: z
        .number()
        .int("must be an integer")
        .min(1, "must be at least 1")
        .nullable()
        .optional(),
      one_application_per_customer: z.boolean().optional(),
    })
    .optional(),
  prerequisite_subtotal_min: discountMoneySchema.nullable().optional(),
  status: z.enum(discountStatuses, `must be one of: ${discountStatuses.join(", ")}`).optional(),
};

/** Rules across fields that Recharge enforces: a percentage is at most 100, a discount ends after it starts. */
export function checkDiscountRules(
  body: {
    value?: string | undefined;
    value_type?: string | undefined;
    starts_at?: string | null;
    ends_at?: string | null;
  },
  context: z.RefinementCtx,
): void {
  if (body.value_type === "percentage" && body.value !== undefined && Number(body.value) > 100) {
    context.addIssue({ code: "custom", path: ["value"], message: "must be between 0 and 100" });
  }
  if (body.starts_at && body.ends_at && Date.parse(body.ends_at) <= Date.parse(body.starts_at)) {
    context.addIssue({ code: "custom", path: ["ends_at"], message: "must be after starts_at" });
  }
}

/** Body of discount create: `code` is required (unique per store), the rest as Recharge takes it. */
export const discountCreateBodySchema = z.strictObject(discountFieldsShape).superRefine(checkDiscountRules);
export type DiscountCreateBody = z.infer<typeof discountCreateBodySchema>;

/** Body of discount update: any subset of the create fields, at least one. */
export const discountUpdateBodySchema = z
  .strictObject(discountFieldsShape)
  .partial()
  .superRefine(checkDiscountRules)
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    "must change at least one field",
  );
export type DiscountUpdateBody = z.infer<typeof discountUpdateBodySchema>;

/** A discount id, as batch update and delete tasks name the discount. */
export { discountIdSchema };
