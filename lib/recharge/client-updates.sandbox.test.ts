import "server-only";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";
import { createRechargeClient, type RechargeClient } from "./client";
import { RechargeError } from "./recharge-error";
import type { Address } from "./schemas/address";

// Integration: the update operations (subscription quantity and interval, shipping address, address
// discount) of the real client against the real sandbox, scale 0.1. Every answer passed the client's
// zod schemas, or the call would have thrown.

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let client: RechargeClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 7, scale: 0.1 });
  client = createRechargeClient({ baseUrl: sandbox.url, token: "sandbox_admin_token" });
});
afterAll(async () => sandbox?.close());

interface Logged {
  query: Record<string, string>;
  body: unknown;
}
async function logged(method: string, path: string): Promise<Logged[]> {
  const response = await fetch(`${sandbox.url}/__sandbox/requests?method=${method}&path=${path}`);
  return ((await response.json()) as { requests: Logged[] }).requests;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("expected a RechargeError"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(RechargeError);
      return error as RechargeError;
    },
  );

/** Addresses (lowest id first) that have a queued charge and no discount, handed out once each. */
const usedAddresses = new Set<number>();
async function freeAddress(predicate: (address: Address) => boolean = () => true): Promise<Address> {
  const { items: queued } = await client.charges.list({ status: "queued", sort_by: "id-asc", limit: 250 });
  for (const charge of queued) {
    const addressId = charge.address_id ?? 0;
    if (usedAddresses.has(addressId)) continue;
    const address = await client.addresses.get(addressId);
    if (address.discounts.length > 0 || !predicate(address)) continue;
    usedAddresses.add(addressId);
    return address;
  }
  throw new Error("no free address left");
}

describe("subscriptions.update", () => {
  it("changes the quantity with commit=true: the queued charge shows it in the same call", async () => {
    const { items } = await client.subscriptions.list({ status: "active", sort_by: "id-asc", limit: 5 });
    const subscription = items[0]!;
    const quantity = (subscription.quantity ?? 1) + 1;
    const result = await client.subscriptions.update(subscription.id, { quantity });
    expect(result.meta.status).toBe(200);
    expect(result.data).toMatchObject({ id: subscription.id, quantity });
    const log = await logged("PUT", `/subscriptions/${subscription.id}`);
    expect(log.at(-1)).toMatchObject({ query: { commit: "true" }, body: { quantity } });
    const { items: charges } = await client.charges.list({
      status: "queued",
      purchase_item_id: subscription.id,
    });
    const line = charges[0]?.line_items.find((item) => item.purchase_item_id === subscription.id);
    expect(line?.quantity).toBe(quantity);
  });

  it("changes the interval, the three fields together, and reads the new next charge date", async () => {
    const { items } = await client.subscriptions.list({ status: "active", sort_by: "id-asc", limit: 5 });
    const subscription = items[1]!;
    const result = await client.subscriptions.update(subscription.id, {
      order_interval_unit: "week",
      order_interval_frequency: 2,
      charge_interval_frequency: 2,
    });
    expect(result.data).toMatchObject({ order_interval_unit: "week", charge_interval_frequency: 2 });
    expect(result.data.next_charge_scheduled_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [{ order_interval_unit: "week" as const }, ["order_interval_frequency", "charge_interval_frequency"]],
    [{ quantity: 0 }, ["quantity"]],
    [{}, ["_body"]],
  ])("refuses %j before sending", async (body, fields) => {
    const error = await failure(client.subscriptions.update(1, body));
    expect(error).toMatchObject({ kind: "invalid_request", attempts: 0 });
    expect(Object.keys(error.fieldErrors).sort()).toEqual([...fields].sort());
  });

  it("reads Recharge's refusal of a cancelled subscription as a status field error", async () => {
    const { items } = await client.subscriptions.list({ status: "cancelled", limit: 1 });
    const error = await failure(client.subscriptions.update(items[0]!.id, { quantity: 2 }));
    expect(error).toMatchObject({ kind: "http", status: 422, outcomeUnknown: false });
    expect(error.fieldErrors.status?.[0]).toContain("force_update");
  });
});

describe("addresses.get and addresses.update", () => {
  it("gets one address as the list shows it", async () => {
    const { items } = await client.subscriptions.list({ limit: 1 });
    const { items: addresses } = await client.addresses.list({ customer_id: items[0]!.customer_id });
    expect(await client.addresses.get(addresses[0]!.id)).toEqual(addresses[0]);
  });

  it("edits the shipping address with commit=true: the queued charges ship there at once", async () => {
    const address = await freeAddress((a) => a.country_code === "US");
    const result = await client.addresses.update(address.id, {
      first_name: "Grace",
      last_name: "Hopper",
      address1: "1 Navy Way",
      address2: "",
      city: "Arlington",
      province: "VA",
      zip: "22201",
      country_code: "us",
      phone: "+17035550100",
    });
    expect(result.data).toMatchObject({ city: "Arlington", province: "Virginia", address2: null });
    expect((await logged("PUT", `/addresses/${address.id}`)).at(-1)?.query).toEqual({ commit: "true" });
    const { items: charges } = await client.charges.list({ status: "queued", address_id: address.id });
    expect(charges[0]?.shipping_address).toMatchObject({ address1: "1 Navy Way", city: "Arlington" });
  });

  it("reads a country the store does not ship to as a country_code field error", async () => {
    const address = await freeAddress();
    const error = await failure(client.addresses.update(address.id, { country_code: "JP" }));
    expect(error).toMatchObject({ kind: "http", status: 422 });
    expect(error.fieldErrors.country_code).toEqual(["JP is not a country this store ships to"]);
  });
});

describe("addresses.applyDiscount and removeDiscounts", () => {
  it("applies a code to the address and its queued charges, then removes it", async () => {
    const address = await freeAddress();
    const applied = await client.addresses.applyDiscount(address.id, "SANDBOX10");
    expect(applied.data.discounts).toMatchObject([
      { code: "SANDBOX10", value: "10", value_type: "percentage" },
    ]);
    expect((await logged("PUT", `/addresses/${address.id}`)).at(-1)?.body).toEqual({
      discounts: [{ code: "SANDBOX10" }],
    });
    const { items: charges } = await client.charges.list({ status: "queued", address_id: address.id });
    expect(charges[0]?.discounts.map((d) => d.code)).toEqual(["SANDBOX10"]);
    const removed = await client.addresses.removeDiscounts(address.id);
    expect(removed.data.discounts).toEqual([]);
    const { items: after } = await client.charges.list({ status: "queued", address_id: address.id });
    expect(after[0]?.discounts).toEqual([]);
  });

  it.each(["SANDBOXEXPIRED", "SANDBOXDISABLED", "NOSUCHCODE"])(
    "reads Recharge's refusal of %s at discounts.0.code",
    async (code) => {
      const address = await freeAddress();
      const error = await failure(client.addresses.applyDiscount(address.id, code));
      expect(error).toMatchObject({ kind: "http", status: 422, outcomeUnknown: false });
      expect(Object.keys(error.fieldErrors)).toEqual(["discounts.0.code"]);
      expect(error.fieldErrors["discounts.0.code"]?.[0]).toContain(code);
    },
  );

  it("refuses a code with spaces before sending", async () => {
    const error = await failure(client.addresses.applyDiscount(1, "TEN OFF"));
    expect(error).toMatchObject({ kind: "invalid_request", attempts: 0 });
  });
});
