import "server-only";
import { z } from "zod";
import { intervalUnits } from "@/lib/schemas/recharge-enums";

// Body of PUT /subscriptions/{id} as the dashboard sends it: the quantity and the interval.
// Recharge takes more fields (storefront-client UpdateSubscriptionRequest); the dashboard changes
// only these, so the schema lets only these through.

/** "Max: 1000" for both frequencies (storefront-client SubscriptionBase). */
const frequencySchema = z
  .number()
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(1000, "must be at most 1000");

const intervalFields = [
  "order_interval_unit",
  "order_interval_frequency",
  "charge_interval_frequency",
] as const;

export const subscriptionUpdateBodySchema = z
  .strictObject({
    quantity: z.number().int("must be a whole number").min(1, "must be at least 1").optional(),
    order_interval_unit: z.enum(intervalUnits, `must be one of: ${intervalUnits.join(", ")}`).optional(),
    order_interval_frequency: frequencySchema.optional(),
    charge_interval_frequency: frequencySchema.optional(),
  })
  .superRefine((body, context) => {
    if (Object.keys(body).length === 0)
      context.addIssue({ code: "custom", message: "nothing to update: send a quantity or an interval" });
    // "When updating order_interval_unit OR order_interval_frequency OR charge_interval_frequency all
    // three parameters are required" (storefront-client updateSubscription).
    const sent = intervalFields.filter((field) => body[field] !== undefined);
    if (sent.length > 0 && sent.length < intervalFields.length)
      for (const field of intervalFields)
        if (body[field] === undefined)
          context.addIssue({
            code: "custom",
            path: [field],
            message: "is required with the other interval fields",
          });
  });
export type SubscriptionUpdateBody = z.infer<typeof subscriptionUpdateBodySchema>;
