import { describe, expect, it } from "vitest";
import { toCents } from "./domain/money";
import { provinceOf, shippingCountry } from "./domain/shipping-countries";
import { COUNTRIES } from "./seed/catalog-places";
import { seedStore } from "./seed/seed";
import type { Charge } from "./store/charge-types";
import { CHARGE_STATUSES } from "./store/types";

const now = Date.now();
const store = seedStore({ seed: 1, scale: 1, now });
const charges = store.charges.sortedBy("id");
const subscriptions = store.subscriptions.sortedBy("id");
const MONEY = /^\d+\.\d{2}$/;

describe("seed at scale 1", () => {
  it("holds about 2,000 customers, 3,000 subscriptions, 10,000 charges and 200 discounts (+ the named codes)", () => {
    const named = store.discounts.sortedBy("id").filter((d) => d.code.startsWith("SANDBOX")).length;
    expect([
      store.customers.size,
      store.subscriptions.size,
      store.charges.size,
      store.discounts.size - named,
    ]).toEqual([2000, 3000, 10_000, 200]);
  });

  it("ships to every seeded address: its country is a shipping country and its province one of that country's", () => {
    for (const address of store.addresses.sortedBy("id")) {
      const country = shippingCountry(address.country_code);
      expect(country, `${address.id} ${address.country_code}`).toBeDefined();
      if (country!.provinces.length > 0)
        expect(provinceOf(country!, address.province ?? ""), `${address.id}`).toBe(address.province);
      else expect(address.province).toBeNull();
    }
  });

  it("has the named discount codes after the random ones; SANDBOXUSEDUP was redeemed by one paid charge", () => {
    const discounts = store.discounts.sortedBy("id");
    const named = discounts.filter((d) => d.code.startsWith("SANDBOX"));
    expect(named.map((d) => d.code)).toEqual(
      expect.arrayContaining(["SANDBOX10", "SANDBOXDISABLED", "SANDBOXEXPIRED", "SANDBOXUSEDUP"]),
    );
    expect(discounts.slice(-named.length)).toEqual(named);
    expect(store.discounts.lookup("code", "sandboxdisabled")[0]?.status).toBe("disabled");
    expect(store.discounts.lookup("code", "sandboxexpired")[0]!.ends_at! < new Date(now).toISOString()).toBe(
      true,
    );
    const redeemed = store.charges.lookup("discount_code", "sandboxusedup");
    expect(redeemed.map((c) => c.status)).toEqual(["success"]);
    const order = store.orders.lookup("charge_id", redeemed[0]!.id)[0];
    expect(order?.discounts.map((d) => d.code)).toEqual(["SANDBOXUSEDUP"]);
    expect(order?.total_price).toBe(redeemed[0]!.total_price);
    expect(
      store.addresses.sortedBy("id").some((a) => a.discounts.some((d) => d.code.startsWith("SANDBOX"))),
    ).toBe(false);
  });

  it("has addresses with a discount and without, and active subscriptions with a queued charge", () => {
    const addresses = store.addresses.sortedBy("id");
    expect(addresses.filter((a) => a.discounts.length > 0).length).toBeGreaterThan(50);
    expect(addresses.filter((a) => a.discounts.length === 0).length).toBeGreaterThan(1000);
    expect(subscriptions.filter((s) => s.status === "active" && s.has_queued_charges).length).toBeGreaterThan(
      1500,
    );
  });

  it("gives every customer one or two addresses", () => {
    const perCustomer = store.customers.sortedBy("id").map((c) => store.addresses.count("customer_id", c.id));
    expect(Math.min(...perCustomer)).toBe(1);
    expect(Math.max(...perCustomer)).toBe(2);
  });

  it("has charges in every status", () => {
    expect(new Set(charges.map((c) => c.status))).toEqual(new Set(CHARGE_STATUSES));
  });

  it("spreads charges from about 15 months ago to about 3 months ahead", () => {
    const dates = charges.map((c) => Date.parse(c.scheduled_at));
    const days = (ms: number) => (ms - now) / 86_400_000;
    expect(days(Math.min(...dates))).toBeLessThan(-400);
    expect(days(Math.min(...dates))).toBeGreaterThan(-470);
    expect(days(Math.max(...dates))).toBeGreaterThan(60);
    expect(days(Math.max(...dates))).toBeLessThan(110);
  });

  it("gives each active subscription exactly one queued charge, at its next charge date", () => {
    for (const sub of subscriptions) {
      const queued = store.charges.lookup("purchase_item_id", sub.id).filter((c) => c.status === "queued");
      if (sub.status === "active") {
        expect(queued.map((c) => c.scheduled_at)).toEqual([sub.next_charge_scheduled_at]);
        expect(sub.has_queued_charges).toBe(true);
      } else {
        expect(queued).toEqual([]);
        expect(sub.next_charge_scheduled_at).toBeNull();
      }
    }
  });

  it("keeps every charge's totals consistent: total = items − discounts + shipping + tax (unless included)", () => {
    const check = (c: Charge) => {
      const money = [
        c.total_price,
        c.total_line_items_price,
        c.total_discounts,
        c.total_tax,
        c.subtotal_price,
        c.total_refunds,
      ];
      expect(money.every((m) => MONEY.test(m))).toBe(true);
      const shipping = c.shipping_lines.reduce((sum, line) => sum + toCents(line.price), 0);
      const tax = c.taxes_included ? 0 : toCents(c.total_tax);
      expect(toCents(c.total_price)).toBe(
        toCents(c.total_line_items_price) - toCents(c.total_discounts) + shipping + tax,
      );
      const items = c.line_items.reduce((sum, item) => sum + toCents(item.unit_price) * item.quantity, 0);
      expect(toCents(c.total_line_items_price)).toBe(items);
      expect(toCents(c.total_refunds)).toBeLessThanOrEqual(toCents(c.total_price));
    };
    charges.forEach(check);
  });

  it("is mostly USD with some EUR, GBP, CAD and AUD", () => {
    const counts = new Map<string, number>();
    for (const c of charges) counts.set(c.currency, (counts.get(c.currency) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(["AUD", "CAD", "EUR", "GBP", "USD"]);
    expect(counts.get("USD")!).toBeGreaterThan(charges.length / 2);
  });

  it("uses day, week and month intervals of 1 to 3", () => {
    expect(new Set(subscriptions.map((s) => s.order_interval_unit))).toEqual(
      new Set(["day", "week", "month"]),
    );
    expect(new Set(subscriptions.map((s) => s.order_interval_frequency))).toEqual(new Set([1, 2, 3]));
  });

  it("looks like real people: varied names, unique emails, phone numbers", () => {
    const customers = store.customers.sortedBy("id");
    expect(new Set(customers.map((c) => c.first_name)).size).toBeGreaterThan(60);
    expect(new Set(customers.map((c) => c.last_name)).size).toBeGreaterThan(60);
    expect(new Set(customers.map((c) => c.email)).size).toBe(customers.length);
    expect(customers.filter((c) => c.phone !== null).length).toBeGreaterThan(customers.length * 0.8);
  });

  it("writes each address as its country does: street, city, province, postcode and phone agree", () => {
    const pattern = (text: string, letters: string) =>
      text
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/#/g, "[0-9]")
        .replace(/%/g, "[2-9]")
        .replace(/@/g, `[${letters}]`);
    const matches = (patterns: readonly string[], value: string, letters = "") =>
      patterns.some((p) => new RegExp(`^${pattern(p, letters)}$`).test(value));
    const countries = new Map(COUNTRIES.map((country) => [country.code, country]));
    const addresses = store.addresses.sortedBy("id");
    for (const address of addresses) {
      const where = `${address.id} ${address.address1}, ${address.zip} ${address.city}`;
      const country = countries.get(address.country_code)!;
      const place = country.places.find((p) => p.city === address.city);
      expect(place, where).toBeDefined();
      expect(address.province, where).toBe(place!.province);
      expect(address.presentment_currency, where).toBe(country.currency);
      expect(matches(place!.postcodes, address.zip, country.postcodeLetters), where).toBe(true);
      const street = address.address1.replace(/^\d+ | \d+$/g, "");
      expect(place!.streets ?? country.streets, where).toContain(street);
      if (address.phone !== null) {
        const local = address.phone.slice(country.callingCode.length + 1);
        expect(address.phone.startsWith(`+${country.callingCode}`), where).toBe(true);
        expect(matches([...country.mobiles, ...place!.landlines], local), `${where} ${address.phone}`).toBe(
          true,
        );
      }
    }
    expect(new Set(addresses.map((a) => a.country_code))).toEqual(new Set(countries.keys()));
  });

  it("has about 3% of customers whose payments decline, all flagged in dunning", () => {
    expect(store.decliningCustomers.size).toBeGreaterThan(20);
    for (const id of store.decliningCustomers)
      expect(store.customers.get(id)?.has_payment_method_in_dunning).toBe(true);
  });

  it("numbers records in creation order", () => {
    const created = charges.map((c) => c.created_at);
    expect(created).toEqual([...created].sort());
  });
});

describe("seed determinism", () => {
  it("the same seed and day give the same data", () => {
    const midnight = Math.floor(now / 86_400_000) * 86_400_000;
    const a = seedStore({ seed: 42, scale: 0.05, now: midnight + 3_600_000 });
    const b = seedStore({ seed: 42, scale: 0.05, now: midnight + 7_200_000 });
    expect(JSON.stringify(b.charges.sortedBy("id"))).toBe(JSON.stringify(a.charges.sortedBy("id")));
  });

  it("the same seed gives the same addresses", () => {
    const a = seedStore({ seed: 7, scale: 0.05, now });
    const b = seedStore({ seed: 7, scale: 0.05, now });
    expect(JSON.stringify(b.addresses.sortedBy("id"))).toBe(JSON.stringify(a.addresses.sortedBy("id")));
  });

  it("another seed gives other data", () => {
    const a = seedStore({ seed: 42, scale: 0.05, now });
    const b = seedStore({ seed: 43, scale: 0.05, now });
    expect(JSON.stringify(b.customers.sortedBy("id"))).not.toBe(JSON.stringify(a.customers.sortedBy("id")));
  });
});
