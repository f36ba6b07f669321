import { z } from "zod";
import { optionalReasonSchema, requiredReasonSchema } from "./action-reason";

// Bodies of the charge action routes, shared by the route handlers and the action dialogs so an
// operator sees the same rule as they type that the server applies.

const purchaseItemIdsSchema = z
  .array(z.number().int().positive(), { message: "Choose at least one item." })
  .min(1, "Choose at least one item.")
  .max(100);

export const skipChargeInputSchema = z.strictObject({
  purchase_item_ids: purchaseItemIdsSchema,
  reason: optionalReasonSchema,
});
export type SkipChargeInput = z.input<typeof skipChargeInputSchema>;

export const unskipChargeInputSchema = skipChargeInputSchema;
export type UnskipChargeInput = SkipChargeInput;

/** An amount in the charge's currency: digits with at most two decimals, above zero. */
export const refundAmountSchema = z
  .string({ message: "Enter an amount." })
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, "Enter an amount like 12.50 (at most two decimals).")
  .refine((value) => Number(value) > 0, "The amount must be more than 0.");

export const refundChargeInputSchema = z.union([
  z.strictObject({
    full_refund: z.literal(true),
    retry: z.boolean().optional(),
    reason: requiredReasonSchema,
  }),
  z.strictObject({
    amount: refundAmountSchema,
    retry: z.boolean().optional(),
    reason: requiredReasonSchema,
  }),
]);
export type RefundChargeInput = z.input<typeof refundChargeInputSchema>;

export const processChargeInputSchema = z.strictObject({ reason: requiredReasonSchema });
export type ProcessChargeInput = z.input<typeof processChargeInputSchema>;
