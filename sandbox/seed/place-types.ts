// What the seed knows about a country's addresses, so that a street, city, province, postcode and phone
// number always belong together (no German street in Lyon, no Sydney phone number in Toronto).
// Patterns: `#` any digit, `%` a digit 2–9, `@` a letter of the country's postcode alphabet.

export interface Place {
  city: string;
  /** The province or state as the platform prints it; null where addresses name none (GB, DE, FR, NL). */
  province: string | null;
  postcodes: readonly string[];
  /** Landline numbers after the country calling code, e.g. "212%######" for Manhattan. */
  landlines: readonly string[];
  /** Streets of this city, where the country's list would be wrong here (Montréal is French-speaking). */
  streets?: readonly string[];
}

export interface Country {
  code: string;
  currency: string;
  /** Share of the store's customers, in percent. */
  weight: number;
  callingCode: string;
  /** Mobile numbers after the calling code; `mobileShare` of the customers give one. */
  mobiles: readonly string[];
  mobileShare: number;
  postcodeLetters: string;
  streets: readonly string[];
  /** "1234 Main St" (number first) or "Bahnhofstraße 12" (number last). */
  numberFirst: boolean;
  houseNumbers: readonly [min: number, max: number];
  /** Second address lines as people there write them; `address2Share` of addresses have one. */
  address2: readonly string[];
  address2Share: number;
  places: readonly Place[];
}
