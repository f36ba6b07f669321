// The edit-address form's values: what the address holds, and which fields the operator changed.
// Pure, so the "send only what changed" rule is unit-tested.
import { addressFields, type AddressField } from "@/lib/schemas/address-fields";

export type AddressFormValues = Record<AddressField, string>;

/** The labels the dialog shows, by field. */
export const addressFieldLabels: Record<AddressField, string> = {
  first_name: "First name",
  last_name: "Last name",
  company: "Company",
  address1: "Address line 1",
  address2: "Address line 2",
  city: "City",
  province: "Province or state",
  zip: "Postal code",
  country_code: "Country code",
  phone: "Phone",
};

/** The form starts from the address as Recharge has it; a field it left out or null is empty. */
export function addressFormValues(address: Partial<Record<AddressField, string | null>>): AddressFormValues {
  const values = {} as AddressFormValues;
  for (const field of addressFields) values[field] = address[field] ?? "";
  return values;
}

/** Two spellings of one value: surrounding spaces never count, nor a country code's case. */
const same = (field: AddressField, a: string, b: string) =>
  field === "country_code" ? a.trim().toUpperCase() === b.trim().toUpperCase() : a.trim() === b.trim();

/**
 * What the operator changed, as the body sends it: only those fields, so a field changed elsewhere
 * meanwhile is never written back with the value this dialog opened with.
 */
export function changedAddressFields(
  initial: AddressFormValues,
  values: AddressFormValues,
): Partial<AddressFormValues> {
  const changed: Partial<AddressFormValues> = {};
  for (const field of addressFields)
    if (!same(field, initial[field], values[field])) changed[field] = values[field];
  return changed;
}
