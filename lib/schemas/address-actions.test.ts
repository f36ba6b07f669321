import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressActionFieldErrors,
  applyAddressDiscountInputSchema,
  removeAddressDiscountInputSchema,
  updateAddressInputSchema,
} from "./address-actions";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join(".") || "form", issue.message]),
  );

describe("edit address body", () => {
  it("takes any one changed field, trimmed, with an upper-cased country code", () => {
    const parsed = updateAddressInputSchema.parse({ city: "  Toronto ", country_code: "ca" });
    expect(parsed).toEqual({ city: "Toronto", country_code: "CA", reason: undefined });
  });

  it("refuses a body that changes nothing, reason or not", () => {
    expect(messages(updateAddressInputSchema.safeParse({}))).toEqual({ form: "Change at least one field." });
    expect(updateAddressInputSchema.safeParse({ reason: "moved" }).success).toBe(false);
  });

  it("refuses blanking a field Recharge requires, and lets the optional ones be cleared", () => {
    expect(messages(updateAddressInputSchema.safeParse({ first_name: "  " }))).toEqual({
      first_name: "Enter a first name.",
    });
    expect(messages(updateAddressInputSchema.safeParse({ zip: "" }))).toEqual({
      zip: "Enter a postal code.",
    });
    for (const field of ["company", "address2", "province", "phone"])
      expect(updateAddressInputSchema.safeParse({ [field]: "" }).success, field).toBe(true);
  });

  it("takes a country only as a 2-letter code; whether the store ships there is Recharge's call", () => {
    for (const code of ["US", "jp", " gb "])
      expect(updateAddressInputSchema.safeParse({ country_code: code }).success, code).toBe(true);
    for (const code of ["USA", "U", "1A", "", "United States"])
      expect(messages(updateAddressInputSchema.safeParse({ country_code: code })), code).toEqual({
        country_code: "Enter the country's 2-letter code, e.g. US or GB.",
      });
  });

  it("refuses fields it does not send (customer_id, discounts) and over-long text", () => {
    expect(updateAddressInputSchema.safeParse({ city: "Paris", customer_id: 1 }).success).toBe(false);
    expect(updateAddressInputSchema.safeParse({ discounts: [] }).success).toBe(false);
    expect(messages(updateAddressInputSchema.safeParse({ address1: "x".repeat(256) }))).toEqual({
      address1: "Keep it under 255 characters.",
    });
  });
});

describe("discount bodies", () => {
  it("apply needs one code without spaces", () => {
    expect(applyAddressDiscountInputSchema.parse({ discount_code: " SANDBOX10 " }).discount_code).toBe(
      "SANDBOX10",
    );
    expect(messages(applyAddressDiscountInputSchema.safeParse({}))).toEqual({
      discount_code: "Enter a discount code.",
    });
    expect(messages(applyAddressDiscountInputSchema.safeParse({ discount_code: "TWO WORDS" }))).toEqual({
      discount_code: "A discount code has no spaces.",
    });
  });

  it("remove takes only a reason", () => {
    expect(removeAddressDiscountInputSchema.safeParse({}).success).toBe(true);
    expect(removeAddressDiscountInputSchema.safeParse({ discount_code: "X" }).success).toBe(false);
  });

  it("no schema throws on arbitrary JSON", () => {
    const schemas = [
      updateAddressInputSchema,
      applyAddressDiscountInputSchema,
      removeAddressDiscountInputSchema,
    ];
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of schemas) expect(() => schema.safeParse(value)).not.toThrow();
      }),
    );
  });
});

describe("Recharge's field messages in the dialog's fields", () => {
  it("puts a refused code (discounts.0.code) and a refused list at the code field", () => {
    expect(addressActionFieldErrors({ "discounts.0.code": ["SANDBOXDISABLED is disabled"] })).toEqual({
      discount_code: ["SANDBOXDISABLED is disabled"],
    });
    expect(
      addressActionFieldErrors({
        discounts: ["addresses are limited to a single discount"],
        "discounts.0.code": ["can't be blank"],
      }),
    ).toEqual({ discount_code: ["addresses are limited to a single discount", "can't be blank"] });
  });

  it("leaves the address fields' keys as Recharge sent them", () => {
    const fields = {
      country_code: ["JP is not a country this store ships to"],
      province: ["can't be blank"],
    };
    expect(addressActionFieldErrors(fields)).toEqual(fields);
    expect(addressActionFieldErrors(undefined)).toEqual({});
  });
});
