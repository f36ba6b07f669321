// The countries customers live in and how an address there is written: street line, second line,
// postcode and phone number, each drawn from the same place so that they agree with one another.
import type { Country, Place } from "./place-types";
import { AUSTRALIA } from "./places-oceania";
import { FRANCE, GERMANY, NETHERLANDS, UNITED_KINGDOM } from "./places-europe";
import { CANADA, UNITED_STATES } from "./places-north-america";
import type { Random } from "./prng";

export type { Country, Place } from "./place-types";

export const COUNTRIES: readonly Country[] = [
  UNITED_STATES,
  CANADA,
  UNITED_KINGDOM,
  GERMANY,
  FRANCE,
  NETHERLANDS,
  AUSTRALIA,
];

/** Fills a pattern: `#` any digit, `%` a digit 2–9, `@` one of `letters`. */
export function expandPattern(random: Random, pattern: string, letters: string): string {
  let out = "";
  for (const char of pattern) {
    if (char === "#") out += String(random.int(0, 9));
    else if (char === "%") out += String(random.int(2, 9));
    else if (char === "@") out += letters[random.int(0, letters.length - 1)] ?? "A";
    else out += char;
  }
  return out;
}

export function streetLine(random: Random, country: Country, place: Place): string {
  const street = random.pick(place.streets ?? country.streets);
  const number = random.int(country.houseNumbers[0], country.houseNumbers[1]);
  return country.numberFirst ? `${number} ${street}` : `${street} ${number}`;
}

export function secondLine(random: Random, country: Country): string | null {
  if (country.address2.length === 0 || !random.chance(country.address2Share)) return null;
  return expandPattern(random, random.pick(country.address2), "ABCDEF");
}

export function postcodeFor(random: Random, country: Country, place: Place): string {
  return expandPattern(random, random.pick(place.postcodes), country.postcodeLetters);
}

/** An E.164 number (as Shopify stores it): the place's landline or, where people mostly give one, a mobile. */
export function phoneFor(random: Random, country: Country, place: Place): string {
  const mobile = country.mobiles.length > 0 && random.chance(country.mobileShare);
  const pattern = random.pick(mobile ? country.mobiles : place.landlines);
  return `+${country.callingCode}${expandPattern(random, pattern, "")}`;
}
