// The countries the sandbox store ships to, shaped after E1's ShippingCountry (a code, a name and the
// country's provinces, "empty … [where] countries have no defined provinces", dist/index.d.ts:3831).
// The set is the seed's countries (seed/catalog-places.ts), so every seeded address is deliverable;
// which countries a real store ships to is its own setting (sandbox choice).

export interface ShippingProvince {
  code: string;
  name: string;
}

export interface ShippingCountry {
  code: string;
  name: string;
  provinces: readonly ShippingProvince[];
}

const provinces = (pairs: readonly (readonly [string, string])[]): readonly ShippingProvince[] =>
  pairs.map(([code, name]) => ({ code, name }));

const US_STATES = provinces([
  ["AL", "Alabama"],
  ["AK", "Alaska"],
  ["AZ", "Arizona"],
  ["AR", "Arkansas"],
  ["CA", "California"],
  ["CO", "Colorado"],
  ["CT", "Connecticut"],
  ["DE", "Delaware"],
  ["DC", "District of Columbia"],
  ["FL", "Florida"],
  ["GA", "Georgia"],
  ["HI", "Hawaii"],
  ["ID", "Idaho"],
  ["IL", "Illinois"],
  ["IN", "Indiana"],
  ["IA", "Iowa"],
  ["KS", "Kansas"],
  ["KY", "Kentucky"],
  ["LA", "Louisiana"],
  ["ME", "Maine"],
  ["MD", "Maryland"],
  ["MA", "Massachusetts"],
  ["MI", "Michigan"],
  ["MN", "Minnesota"],
  ["MS", "Mississippi"],
  ["MO", "Missouri"],
  ["MT", "Montana"],
  ["NE", "Nebraska"],
  ["NV", "Nevada"],
  ["NH", "New Hampshire"],
  ["NJ", "New Jersey"],
  ["NM", "New Mexico"],
  ["NY", "New York"],
  ["NC", "North Carolina"],
  ["ND", "North Dakota"],
  ["OH", "Ohio"],
  ["OK", "Oklahoma"],
  ["OR", "Oregon"],
  ["PA", "Pennsylvania"],
  ["RI", "Rhode Island"],
  ["SC", "South Carolina"],
  ["SD", "South Dakota"],
  ["TN", "Tennessee"],
  ["TX", "Texas"],
  ["UT", "Utah"],
  ["VT", "Vermont"],
  ["VA", "Virginia"],
  ["WA", "Washington"],
  ["WV", "West Virginia"],
  ["WI", "Wisconsin"],
  ["WY", "Wyoming"],
]);

const CA_PROVINCES = provinces([
  ["AB", "Alberta"],
  ["BC", "British Columbia"],
  ["MB", "Manitoba"],
  ["NB", "New Brunswick"],
  ["NL", "Newfoundland and Labrador"],
  ["NS", "Nova Scotia"],
  ["NT", "Northwest Territories"],
  ["NU", "Nunavut"],
  ["ON", "Ontario"],
  ["PE", "Prince Edward Island"],
  ["QC", "Quebec"],
  ["SK", "Saskatchewan"],
  ["YT", "Yukon"],
]);

const AU_STATES = provinces([
  ["ACT", "Australian Capital Territory"],
  ["NSW", "New South Wales"],
  ["NT", "Northern Territory"],
  ["QLD", "Queensland"],
  ["SA", "South Australia"],
  ["TAS", "Tasmania"],
  ["VIC", "Victoria"],
  ["WA", "Western Australia"],
]);

export const SHIPPING_COUNTRIES: readonly ShippingCountry[] = [
  { code: "AU", name: "Australia", provinces: AU_STATES },
  { code: "CA", name: "Canada", provinces: CA_PROVINCES },
  { code: "DE", name: "Germany", provinces: [] },
  { code: "FR", name: "France", provinces: [] },
  { code: "GB", name: "United Kingdom", provinces: [] },
  { code: "NL", name: "Netherlands", provinces: [] },
  { code: "US", name: "United States", provinces: US_STATES },
];

const BY_CODE = new Map(SHIPPING_COUNTRIES.map((country) => [country.code, country]));

/** The shipping country for a 2-letter code (any case), or undefined when the store does not ship there. */
export function shippingCountry(code: string): ShippingCountry | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/**
 * A province of `country` named by its name or code (any case), as the store prints it (the full
 * name, which the seed and the tax rules use); undefined when the country has no such province.
 */
export function provinceOf(country: ShippingCountry, input: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  return country.provinces.find(
    (province) => province.name.toLowerCase() === wanted || province.code.toLowerCase() === wanted,
  )?.name;
}
