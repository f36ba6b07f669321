// Customers and their addresses (1–2 each, mostly in one country).
import { DAY_MS, formatTimestamp } from "../domain/dates";
import type { Address, Customer, DiscountRef } from "../store/types";
import {
  COMPANIES,
  COUNTRIES,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  STREETS,
  type Country,
} from "./catalog-people";
import type { Random } from "./prng";
import { assignIds, beforeBase, randomInstant, type SeedClock } from "./seed-time";

export interface SeededPeople {
  customers: Customer[];
  addresses: Address[];
}

const EMPTY_ANALYTICS = Object.freeze({ utm_params: Object.freeze([]) as readonly never[] });

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

function phoneFor(random: Random, country: Country): string | null {
  return random.chance(0.12) ? null : `${country.phonePrefix}${random.digits(10)}`;
}

export function seedPeople(
  random: Random,
  clock: SeedClock,
  count: number,
  addressDiscounts: readonly DiscountRef[],
): SeededPeople {
  const emails = new Set<string>();
  const customers: Customer[] = [];
  const countries = new Map<Customer, Country>();
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const created = formatTimestamp(randomInstant(random, clock.base - 730 * DAY_MS, clock.base - DAY_MS));
    const customer: Customer = {
      id: 0,
      analytics_data: EMPTY_ANALYTICS,
      created_at: created,
      email: emailFor(random, first, last, emails),
      external_customer_id: Object.freeze({ ecommerce: random.digits(13) }),
      first_charge_processed_at: null,
      first_name: first,
      has_payment_method_in_dunning: false,
      has_valid_payment_method: true,
      hash: random.hex(16),
      last_name: last,
      phone: null,
      subscriptions_active_count: 0,
      subscriptions_total_count: 0,
      tax_exempt: random.chance(0.01),
      updated_at: created,
    };
    const country = random.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
    customer.phone = phoneFor(random, country);
    countries.set(customer, country);
    customers.push(customer);
  }
  assignIds(customers, 93_410_000, random);

  const addresses: Address[] = [];
  for (const customer of customers) {
    const country = countries.get(customer) as Country;
    const addressCount = random.chance(0.25) ? 2 : 1;
    for (let n = 0; n < addressCount; n++) {
      const customerMs = Date.parse(customer.created_at);
      const createdMs = customerMs + (n === 0 ? random.int(0, 120) * 1000 : random.int(1, 200) * DAY_MS);
      const created = formatTimestamp(beforeBase(random, createdMs, customerMs, clock.base));
      const place = random.pick(country.places);
      addresses.push({
        id: 0,
        customer_id: customer.id,
        payment_method_id: random.int(40_000_000, 49_999_999),
        address1: `${random.int(1, 9800)} ${random.pick(STREETS)}`,
        address2: random.chance(0.2) ? `Apt ${random.int(1, 40)}${random.pick(["A", "B", "C", ""])}` : null,
        city: place.city,
        company: random.chance(0.06) ? random.pick(COMPANIES) : null,
        country_code: country.code,
        created_at: created,
        discounts: addressDiscounts.length > 0 && random.chance(0.1) ? [random.pick(addressDiscounts)] : [],
        first_name: customer.first_name,
        last_name: n === 0 || random.chance(0.7) ? customer.last_name : random.pick(LAST_NAMES),
        order_attributes: [],
        phone: customer.phone,
        presentment_currency: country.currency,
        province: place.province,
        updated_at: created,
        zip: place.zip,
      });
    }
  }
  assignIds(addresses, 105_220_000, random);
  return { customers, addresses };
}
