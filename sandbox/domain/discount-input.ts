// The body of POST /discounts and PUT /discounts/{id} (and of discount batch tasks): the 2021-11 fields
// of E2's Discount. Strict: a key outside them (a 2021-01 name such as discount_type or duration, which
// discounts-in-depth.txt still shows) is a 422 field error, never silently dropped.
import { z } from "zod";
import { PURCHASE_ITEM_SCOPES } from "../store/admin-types";
import { DISCOUNT_STATUSES, DISCOUNT_VALUE_TYPES } from "../store/types";
import { parseTimestampInput } from "./dates";
import { parseMoneyInput } from "./money";
import { idInput, message } from "./validation";

const money = z.union([z.string(), z.number()], message("must be a number")).transform((value, context) => {
  const cents = parseMoneyInput(value);
  if (cents === null) {
    context.addIssue({ code: "custom", message: "must be a non-negative amount with at most two decimals" });
    return z.NEVER;
  }
  return cents;
});

const timestamp = z.string(message("must be an ISO-8601 timestamp")).transform((value, context) => {
  const parsed = parseTimestampInput(value.trim(), "min");
  if (parsed === null) {
    context.addIssue({ code: "custom", message: "must be an ISO-8601 timestamp" });
    return z.NEVER;
  }
  return parsed;
});

const channel = z.strictObject({ can_apply: z.boolean(message("must be true or false")) });

/** Every field optional; create adds its required fields on top. */
export const discountFieldsInput = z.strictObject({
  code: z
    .string(message("must be a string"))
    .trim()
    .min(1, "can't be blank")
    .max(255, "is too long (maximum is 255 characters)")
    .regex(/^\S+$/, "must not contain spaces")
    .optional(),
  value: money.optional(),
  value_type: z
    .enum(DISCOUNT_VALUE_TYPES, message(`must be one of: ${DISCOUNT_VALUE_TYPES.join(", ")}`))
    .optional(),
  status: z.enum(DISCOUNT_STATUSES, message(`must be one of: ${DISCOUNT_STATUSES.join(", ")}`)).optional(),
  applies_to: z
    .strictObject({
      // The one enum 2021-11 keeps upper-case; accept either case.
      purchase_item_type: z
        .string(message("must be one of: ALL, ONETIME, SUBSCRIPTION"))
        .transform((value) => value.toUpperCase())
        .pipe(z.enum(PURCHASE_ITEM_SCOPES, "must be one of: ALL, ONETIME, SUBSCRIPTION"))
        .optional(),
      resource: z.string("must be a string").nullish(),
      ids: z.array(idInput, "must be a list of ids").optional(),
    })
    .optional(),
  channel_settings: z
    .strictObject({
      api: channel.optional(),
      checkout_page: channel.optional(),
      customer_portal: channel.optional(),
      merchant_portal: channel.optional(),
    })
    .optional(),
  starts_at: timestamp.nullish(),
  ends_at: timestamp.nullish(),
  usage_limits: z
    .strictObject({
      first_time_customer_restriction: z.boolean("must be true or false").optional(),
      max_subsequent_redemptions: z
        .number("must be an integer")
        .int("must be an integer")
        .min(1, "must be at least 1")
        .nullish(),
      one_application_per_customer: z.boolean("must be true or false").optional(),
      redemptions: z
        .number("must be an integer")
        .int("must be an integer")
        .min(1, "must be at least 1")
        .nullish(),
    })
    .optional(),
  prerequisite_subtotal_min: money.nullish(),
});

export type DiscountFieldsInput = z.output<typeof discountFieldsInput>;
