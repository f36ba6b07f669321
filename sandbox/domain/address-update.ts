// PUT /addresses/{id} (api-reference-2021-11.txt:265-266): the shipping address and the address's
// discount, which is how 2021-11 adds or removes a discount on an address (:406; E1
// applyDiscountToAddress sends `discounts: [{code}]`, removeDiscountsFromAddress `discounts: []`,
// dist/cjs/api/address.js). The address changes at once; its queued charges take the new shipping
// address and discount within the request with `commit=true`, else about 5 s later
// (charge-regeneration.ts). Announces address/updated (:642).
import type { Discount } from "../store/admin-types";
import type { Store } from "../store/store";
import type { Address, AddressDiscount } from "../store/types";
import { discountRefusal } from "./address-discount-rules";
import { parseAddressUpdate, type AddressUpdateInput, type DiscountEntry } from "./address-input";
import { forgetPostalAddress } from "./charge-factory";
import { markUncommitted, queuedChargesAt, regenerateAddressCharges } from "./charge-regeneration";
import { addressDiscountOf } from "./discount-record";
import { ok, unprocessable, type ApiResult, type FieldErrors } from "./result";
import { provinceOf, shippingCountry } from "./shipping-countries";

type PostalFields = Pick<
  Address,
  | "first_name"
  | "last_name"
  | "company"
  | "address1"
  | "address2"
  | "city"
  | "province"
  | "zip"
  | "country_code"
  | "phone"
>;

const POSTAL_KEYS = [
  "first_name",
  "last_name",
  "company",
  "address1",
  "address2",
  "city",
  "province",
  "zip",
  "country_code",
  "phone",
] as const satisfies readonly (keyof PostalFields)[];

/** The address's postal fields after the update, or the errors that refuse it. */
function nextPostalFields(address: Address, input: AddressUpdateInput, errors: FieldErrors): PostalFields {
  const next = Object.fromEntries(
    POSTAL_KEYS.map((key) => [key, input[key] === undefined ? address[key] : input[key]]),
  ) as PostalFields;
  const country = shippingCountry(next.country_code);
  if (!country) {
    errors.country_code = [`${next.country_code} is not a country this store ships to`];
    return next;
  }
  const countryChanged = next.country_code !== address.country_code;
  if (country.provinces.length === 0) {
    // A province of the old country means nothing in one that names none (sandbox choice).
    if (countryChanged && input.province === undefined) next.province = null;
    return next;
  }
  if (input.province === undefined && !countryChanged) return next;
  if (next.province === null) errors.province = [`can't be blank for an address in ${country.name}`];
  else {
    const province = provinceOf(country, next.province);
    if (province === undefined) errors.province = [`${next.province} is not a province of ${country.name}`];
    else next.province = province;
  }
  return next;
}

function findDiscount(store: Store, entry: DiscountEntry): Discount | undefined {
  return "code" in entry
    ? store.discounts.lookup("code", entry.code.toLowerCase())[0]
    : store.discounts.get(entry.id);
}

/** The address's discounts after the update (unchanged when not sent), or the errors that refuse it. */
function nextDiscounts(
  store: Store,
  address: Address,
  input: AddressUpdateInput,
  errors: FieldErrors,
): readonly AddressDiscount[] {
  const entry = input.discounts?.[0];
  if (input.discounts === undefined) return address.discounts;
  if (entry === undefined) return [];
  const field = "code" in entry ? "code" : "id";
  const refuse = (reason: string) => {
    errors.discounts = { "0": { [field]: [reason] } };
    return address.discounts;
  };
  const discount = findDiscount(store, entry);
  if (!discount)
    return refuse(
      "code" in entry
        ? `${entry.code} is not a discount code of this store`
        : `${entry.id} is not a discount of this store`,
    );
  const current = address.discounts[0];
  if (current?.id === discount.id) return address.discounts;
  // "Addresses are currently limited to a single discount" (E1 applyDiscountToAddress, :4111).
  if (current)
    return refuse(
      `this address already has ${current.code}: remove it first, an address takes a single discount`,
    );
  const reason = discountRefusal(store, discount, address);
  return reason ? refuse(reason) : [addressDiscountOf(discount)];
}

export function updateAddress(
  store: Store,
  address: Address,
  body: unknown,
  commit: boolean,
  deferRegeneration: (addressId: number) => void,
): ApiResult {
  const parsed = parseAddressUpdate(body);
  if (!("ok" in parsed)) return parsed;
  const errors: FieldErrors = {};
  const postal = nextPostalFields(address, parsed.input, errors);
  const discounts = nextDiscounts(store, address, parsed.input, errors);
  if (Object.keys(errors).length > 0) return unprocessable(errors);

  const postalChanged = POSTAL_KEYS.some((key) => postal[key] !== address[key]);
  const discountChanged = discounts[0]?.id !== address.discounts[0]?.id;
  if (!postalChanged && !discountChanged) return ok({ address });
  store.addresses.update(address, (row) => {
    Object.assign(row, postal);
    row.discounts = discounts;
    row.updated_at = store.timestamp();
  });
  if (postalChanged) forgetPostalAddress(address);
  if (commit) regenerateAddressCharges(store, address.id);
  else {
    markUncommitted(store, queuedChargesAt(store, address.id));
    deferRegeneration(address.id);
  }
  store.emit("address/updated", "address", address);
  return ok({ address });
}
