import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";
import { addressFields } from "./address-fields";
import type { FieldErrors } from "./field-errors";

// Bodies of the address action routes (PUT /api/addresses/{id}, …/apply_discount, …/remove_discount),
// shared by the routes and the dialogs so an operator sees, as they type, the rules the server
// applies. Which countries the store ships to, which provinces a country has and whether a code
// applies are Recharge's call: its 422 names the field (sandbox/README.md "Updates (PUT)").

const MAX_TEXT = 255;
const tooLong = `Keep it under ${MAX_TEXT} characters.`;

/** A field Recharge "can't [leave] blank" (first and last name, address line 1, city, zip). */
const requiredText = (what: string) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(MAX_TEXT, tooLong);

/** May be cleared: an empty string, which Recharge stores as null (company, line 2, province, phone). */
const optionalText = z.string().trim().max(MAX_TEXT, tooLong);

export const countryCodeSchema = z
  .string({ message: "Enter the country's 2-letter code, e.g. US or GB." })
  .trim()
  .regex(/^[A-Za-z]{2}$/, "Enter the country's 2-letter code, e.g. US or GB.")
  .transform((code) => code.toUpperCase());

/** Only the fields that change are sent: at least one, each checked as Recharge would. */
export const updateAddressInputSchema = z
  .strictObject({
    first_name: requiredText("a first name").optional(),
    last_name: requiredText("a last name").optional(),
    company: optionalText.optional(),
    address1: requiredText("the street address").optional(),
    address2: optionalText.optional(),
    city: requiredText("a city").optional(),
    province: optionalText.optional(),
    zip: requiredText("a postal code").optional(),
    country_code: countryCodeSchema.optional(),
    phone: optionalText.optional(),
    reason: optionalReasonSchema,
  })
  .refine((body) => addressFields.some((field) => body[field] !== undefined), {
    message: "Change at least one field.",
  });
export type UpdateAddressInput = z.input<typeof updateAddressInputSchema>;

/** A discount code as the operator types it; the store's codes carry no spaces. */
export const applyAddressDiscountInputSchema = z.strictObject({
  discount_code: z
    .string({ message: "Enter a discount code." })
    .trim()
    .min(1, "Enter a discount code.")
    .max(MAX_TEXT, tooLong)
    .regex(/^\S+$/, "A discount code has no spaces."),
  reason: optionalReasonSchema,
});
export type ApplyAddressDiscountInput = z.input<typeof applyAddressDiscountInputSchema>;

export const removeAddressDiscountInputSchema = z.strictObject({ reason: optionalReasonSchema });
export type RemoveAddressDiscountInput = z.input<typeof removeAddressDiscountInputSchema>;

/**
 * Recharge refuses a code under the `discounts` entry the client sent (`discounts.0.code`, or the
 * list itself: "addresses are limited to a single discount"); the dialog has one field for it.
 */
const upstreamDiscountKeys = new Set(["discounts", "discounts.0", "discounts.0.code", "discounts.0.id"]);

/** Recharge's field messages under the dialog's own field names (`discount_code`); others unchanged. */
export function addressActionFieldErrors(fields: FieldErrors | undefined): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [key, messages] of Object.entries(fields ?? {})) {
    const field = upstreamDiscountKeys.has(key) ? "discount_code" : key;
    mapped[field] = [...(mapped[field] ?? []), ...messages];
  }
  return mapped;
}
