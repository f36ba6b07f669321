import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";

/** Reasons offered in the cancel dialog; Recharge takes any text, these keep reporting tidy. */
export const cancellationReasons = [
  "Customer requested",
  "Too expensive",
  "Too much product",
  "Product not as expected",
  "Moving or travelling",
  "Payment problems",
  "Duplicate subscription",
  "Other",
] as const;

/** `2026-02-31` parses in JavaScript (as 3 March): a real date must survive the round trip. */
function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const setNextChargeDateInputSchema = z.strictObject({
  date: z
    .string({ message: "Choose a date." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date (YYYY-MM-DD).")
    .refine(isCalendarDate, "That is not a real date."),
  reason: optionalReasonSchema,
});
export type SetNextChargeDateInput = z.input<typeof setNextChargeDateInputSchema>;

export const cancelSubscriptionInputSchema = z.strictObject({
  cancellation_reason: z.string({ message: "Choose a reason." }).trim().min(1, "Choose a reason.").max(255),
  cancellation_reason_comments: z
    .string()
    .trim()
    .max(1024, "Keep comments under 1,024 characters.")
    .optional(),
  reason: optionalReasonSchema,
});
export type CancelSubscriptionInput = z.input<typeof cancelSubscriptionInputSchema>;

export const activateSubscriptionInputSchema = z.strictObject({ reason: optionalReasonSchema });
export type ActivateSubscriptionInput = z.input<typeof activateSubscriptionInputSchema>;
