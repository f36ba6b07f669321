import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";

/**
 * BFF bodies of discount create/update: Recharge's discount fields plus `reason`. The fields are
 * checked by the Recharge client's strict schema before anything is sent (422 with field messages),
 * so they are passed through here rather than described twice.
 */
export const discountMutationInputSchema = z.looseObject({ reason: optionalReasonSchema });
export type DiscountMutationInput = z.input<typeof discountMutationInputSchema>;

export const discountDeleteInputSchema = z.strictObject({ reason: optionalReasonSchema });

/** The discount fields of a body, without the dashboard's own `reason`. */
export function withoutReason<T extends { reason?: unknown }>(input: T): Omit<T, "reason"> {
  const { reason: _reason, ...fields } = input;
  return fields;
}
