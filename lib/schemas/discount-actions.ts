import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";

// The bodies of the discount actions (lib/actions/catalog.ts, target `discount`). No money moves and
// none asks for a reason: it is optional everywhere, and kept in the audit log when given.

/**
 * Create and update: Recharge's discount fields plus `reason`. The fields are checked by the Recharge
 * client's strict schema before anything is sent (422 with field messages), and by the form with the
 * same schemas as the batches (discount-form.ts), so they pass through here rather than being
 * described a third time.
 */
export const createDiscountInputSchema = z.looseObject({ reason: optionalReasonSchema });
export const updateDiscountInputSchema = z.looseObject({ reason: optionalReasonSchema });

/** Disable, enable and delete send no fields of their own: the route knows what to ask of Recharge. */
export const disableDiscountInputSchema = z.strictObject({ reason: optionalReasonSchema });
export const enableDiscountInputSchema = z.strictObject({ reason: optionalReasonSchema });
export const deleteDiscountInputSchema = z.strictObject({ reason: optionalReasonSchema });

/** The discount fields of a body, without the dashboard's own `reason`. */
export function withoutReason<T extends { reason?: unknown }>(input: T): Omit<T, "reason"> {
  const { reason: _reason, ...fields } = input;
  return fields;
}
