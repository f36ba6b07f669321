// The body of PUT /addresses/{id}: E1 UpdateAddressRequest (dist/index.d.ts:2217-2221, the create
// fields of :2168-2209 less presentment_currency and customer_id), whose `discounts` is `{code}[]`;
// `{id}` entries are taken too (E1 CreateAddressRequest.discounts :2179-2182, E2 AddressDiscounts).
// The shipping-address fields and `discounts` are simulated; the other documented ones are refused as
// not simulated, any other key as undocumented.
import { z } from "zod";
import { isJsonObject } from "./json";
import { unprocessable, type ApiResult, type FieldErrors } from "./result";
import { NOT_SIMULATED } from "./subscription-input";
import { fieldErrorsOf, idInput, message } from "./validation";

const NOT_SIMULATED_FIELDS: ReadonlySet<string> = new Set([
  "is_gift",
  "order_attributes",
  "order_note",
  "payment_method_id",
  "shipping_lines_override",
]);

/** Text the address needs: "Minimum length is 1 character" (E1 CreateAddressRequest.address1, :2169). */
const requiredText = z
  .string(message("must be a string"))
  .trim()
  .min(1, "can't be blank")
  .max(255, "is too long (maximum is 255 characters)");

/** Text that may be empty: "" and null are stored as null ("a string … null … not an empty string"). */
const optionalText = z
  .string("must be a string")
  .trim()
  .max(255, "is too long (maximum is 255 characters)")
  .nullable()
  .transform((value) => (value ? value : null));

const discountEntry = z.union(
  [
    z.strictObject({ code: z.string(message("must be a string")).trim().min(1, "can't be blank") }),
    z.strictObject({ id: idInput }),
  ],
  'must be {"code": …} or {"id": …}',
);

const addressUpdateInput = z.strictObject({
  first_name: requiredText.optional(),
  last_name: requiredText.optional(),
  company: optionalText.optional(),
  address1: requiredText.optional(),
  address2: optionalText.optional(),
  city: requiredText.optional(),
  province: optionalText.optional(),
  zip: requiredText.optional(),
  country_code: z
    .string(message("must be a 2-letter country code"))
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be a 2-letter country code")
    .transform((code) => code.toUpperCase())
    .optional(),
  // "Must be included in the request schema but can be an empty string" (E1 :2193).
  phone: optionalText.optional(),
  // "Addresses are currently limited to a single discount" (E1 applyDiscountToAddress, :4111).
  discounts: z
    .array(discountEntry, "must be a list of discounts")
    .nullable()
    .transform((list) => list ?? [])
    .refine((list) => list.length <= 1, "addresses are limited to a single discount")
    .optional(),
});

export type AddressUpdateInput = z.output<typeof addressUpdateInput>;
export type DiscountEntry = z.output<typeof discountEntry>;

export function parseAddressUpdate(body: unknown): { ok: true; input: AddressUpdateInput } | ApiResult {
  if (!isJsonObject(body)) return unprocessable({ _schema: ["must be a JSON object"] });
  const errors: FieldErrors = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_SIMULATED_FIELDS.has(key)) errors[key] = [NOT_SIMULATED];
    else rest[key] = value;
  }
  const parsed = addressUpdateInput.safeParse(rest);
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error));
  if (Object.keys(errors).length > 0 || !parsed.success) return unprocessable(errors);
  return { ok: true, input: parsed.data };
}
