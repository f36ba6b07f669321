// Customers and their addresses (1–2 each, in the customer's country): street, city, province,
// postcode and phone number come from one place, so they agree.
import { NO_ANALYTICS, NO_PROPERTIES } from "../domain/charge-factory";
import { DAY_MS, formatTimestamp } from "../domain/dates";
import type { Address, AddressDiscount, Customer } from "../store/types";
import { COMPANIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from "./catalog-people";
import {
  COUNTRIES,
  phoneFor,
  postcodeFor,
  secondLine,
  streetLine,
  type Country,
  type Place,
} from "./catalog-places";
import type { Random } from "./prng";
import { assignIds, beforeBase, randomInstant, type SeedClock } from "./seed-time";

export interface SeededPeople {
  customers: Customer[];
  addresses: Address[];
}

interface Home {
  country: Country;
  place: Place;
}

function emailFor(random: Random, first: string, last: string, taken: Set<string>): string {
  const local = `${first}.${last}`
    .normalize("NFD")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase();
  let email = `${local}@${random.pick(EMAIL_DOMAINS)}`;
  while (taken.has(email)) email = `${local}${random.int(1, 9999)}@${random.pick(EMAIL_DOMAINS)}`;
  taken.add(email);
  return email;
}

function newCustomer(random: Random, clock: SeedClock, emails: Set<string>, home: Home): Customer {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const created = formatTimestamp(randomInstant(random, clock.base - 730 * DAY_MS, clock.base - DAY_MS));
  return {
    id: 0,
    analytics_data: NO_ANALYTICS,
    apply_credit_to_next_recurring_charge: false,
    backup_payment_methods_enabled: false,
    can_add_payment_method: true,
    created_at: created,
    email: emailFor(random, first, last, emails),
    external_customer_id: Object.freeze({ ecommerce: random.digits(13) }),
    first_charge_processed_at: null,
    first_name: first,
    has_payment_method_in_dunning: false,
    has_valid_payment_method: true,
    hash: random.hex(16),
    last_name: last,
    payment_method_fallback_on_failure_disabled: false,
    phone: random.chance(0.12) ? null : phoneFor(random, home.country, home.place),
    subscription_related_charge_streak: 0,
    subscriptions_active_count: 0,
    subscriptions_total_count: 0,
    tax_exempt: random.chance(0.01),
    updated_at: created,
  };
}

export function seedPeople(
  random: Random,
  clock: SeedClock,
  count: number,
  addressDiscounts: readonly AddressDiscount[],
): SeededPeople {
  const emails = new Set<string>();
  const customers: Customer[] = [];
  const homes = new Map<Customer, Home>();
  for (let i = 0; i < count; i++) {
    const country = random.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
    const home = { country, place: random.pick(country.places) };
    const customer = newCustomer(random, clock, emails, home);
    homes.set(customer, home);
    customers.push(customer);
  }
  assignIds(customers, 93_410_000, random);

  const addresses: Address[] = [];
  for (const customer of customers) {
    const { country, place: homePlace } = homes.get(customer) as Home;
    const addressCount = random.chance(0.25) ? 2 : 1;
    for (let n = 0; n < addressCount; n++) {
      const customerMs = Date.parse(customer.created_at);
      const createdMs = customerMs + (n === 0 ? random.int(0, 120) * 1000 : random.int(1, 200) * DAY_MS);
      const created = formatTimestamp(beforeBase(random, createdMs, customerMs, clock.base));
      // A second address (work, family) is often in another city of the same country; the person
      // there answers their own phone, with that city's area code.
      const place = n > 0 && random.chance(0.5) ? random.pick(country.places) : homePlace;
      const phone =
        place === homePlace ? customer.phone : random.chance(0.12) ? null : phoneFor(random, country, place);
      addresses.push({
        id: 0,
        customer_id: customer.id,
        payment_method_id: random.int(40_000_000, 49_999_999),
        address1: streetLine(random, country, place),
        address2: secondLine(random, country),
        city: place.city,
        company: random.chance(0.06) ? random.pick(COMPANIES) : null,
        country_code: country.code,
        created_at: created,
        discounts: addressDiscounts.length > 0 && random.chance(0.1) ? [random.pick(addressDiscounts)] : [],
        first_name: customer.first_name,
        is_gift: false,
        last_name: n === 0 || random.chance(0.7) ? customer.last_name : random.pick(LAST_NAMES),
        order_attributes: NO_PROPERTIES,
        order_note: null,
        phone,
        presentment_currency: country.currency,
        province: place.province,
        shipping_lines_override: null,
        updated_at: created,
        zip: postcodeFor(random, country, place),
      });
    }
  }
  assignIds(addresses, 105_220_000, random);
  return { customers, addresses };
}
