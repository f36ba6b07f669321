import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";
import { intervalUnits } from "./recharge-enums";

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

/** "Max: 1000" for both frequencies (E1 SubscriptionBase, as lib/recharge/schemas/subscription-update.ts). */
const frequencySchema = z
  .number({ message: "Enter a whole number from 1 to 1000." })
  .int("Enter a whole number from 1 to 1000.")
  .min(1, "Enter a whole number from 1 to 1000.")
  .max(1000, "Enter a whole number from 1 to 1000.");

/** Recharge updates these three together or not at all (E1 updateSubscription :4332; E4). */
export const intervalFields = [
  "order_interval_unit",
  "order_interval_frequency",
  "charge_interval_frequency",
] as const;

/**
 * `PUT /api/subscriptions/{id}`: what changed, and only that — the quantity, the interval (its three
 * fields together), or both. The charge frequency is not required to be a multiple of the delivery
 * frequency: Recharge documents no such rule (sandbox/README.md), so the dialog keeps it one instead.
 */
export const updateSubscriptionInputSchema = z
  .strictObject({
    quantity: z
      .number({ message: "Enter a whole number, 1 or more." })
      .int("Enter a whole number, 1 or more.")
      .min(1, "Enter a whole number, 1 or more.")
      .optional(),
    order_interval_unit: z.enum(intervalUnits, "Choose days, weeks or months.").optional(),
    order_interval_frequency: frequencySchema.optional(),
    charge_interval_frequency: frequencySchema.optional(),
    reason: optionalReasonSchema,
  })
  .superRefine((body, context) => {
    const sent = intervalFields.filter((field) => body[field] !== undefined);
    if (body.quantity === undefined && sent.length === 0)
      context.addIssue({ code: "custom", message: "Change the quantity or the interval." });
    if (sent.length > 0 && sent.length < intervalFields.length)
      for (const field of intervalFields)
        if (body[field] === undefined)
          context.addIssue({
            code: "custom",
            path: [field],
            message: "Send it with the other interval fields: Recharge updates the three together.",
          });
  });
export type UpdateSubscriptionInput = z.input<typeof updateSubscriptionInputSchema>;

/** What goes to Recharge: the body without the audit reason, and without fields left unsent. */
export function subscriptionChanges(input: z.output<typeof updateSubscriptionInputSchema>) {
  const { quantity, order_interval_unit, order_interval_frequency, charge_interval_frequency } = input;
  return {
    ...(quantity === undefined ? {} : { quantity }),
    ...(order_interval_unit === undefined ||
    order_interval_frequency === undefined ||
    charge_interval_frequency === undefined
      ? {}
      : { order_interval_unit, order_interval_frequency, charge_interval_frequency }),
  };
}
