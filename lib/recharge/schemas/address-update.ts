import "server-only";
import { z } from "zod";

// Bodies of PUT /addresses/{id} as the dashboard sends them: the shipping address fields of
// storefront-client UpdateAddressRequest, and its `discounts` list, which is how 2021-11 applies
// (`[{code}]`) and removes (`[]`) an address's discount (applyDiscountToAddress,
// removeDiscountsFromAddress). Whether a country, province or code is acceptable is Recharge's call
// (a 422 naming the field).

const requiredText = z
  .string()
  .trim()
  .min(1, "is required")
  .max(255, "is too long (maximum is 255 characters)");
/** May be cleared: an empty string or null (Recharge stores null). */
const optionalText = z.string().trim().max(255, "is too long (maximum is 255 characters)").nullable();

export const addressUpdateBodySchema = z
  .strictObject({
    first_name: requiredText.optional(),
    last_name: requiredText.optional(),
    company: optionalText.optional(),
    address1: requiredText.optional(),
    address2: optionalText.optional(),
    city: requiredText.optional(),
    province: optionalText.optional(),
    zip: requiredText.optional(),
    country_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "must be a 2-letter country code")
      .transform((code) => code.toUpperCase())
      .optional(),
    phone: optionalText.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "nothing to update");
export type AddressUpdateBody = z.input<typeof addressUpdateBodySchema>;

/** A discount code as the operator types it; the store's codes carry no spaces. */
export const discountCodeSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(255, "is too long (maximum is 255 characters)")
  .regex(/^\S+$/, "must not contain spaces");
