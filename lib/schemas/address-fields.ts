// The shipping address fields an operator edits (storefront-client UpdateAddressRequest, less the ones
// the dashboard does not change). Free of zod: the action catalog, loaded with every page, reads it.

/** In the order the edit dialog shows them. */
export const addressFields = [
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
] as const;
export type AddressField = (typeof addressFields)[number];
