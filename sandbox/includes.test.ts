// include= ("Extending responses", api-reference-2021-11.txt:100-189).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import { rechargeKeyOrder } from "./store/key-order";
import type { Address, Customer, Subscription } from "./store/types";
import { startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05 });
});
afterAll(() => t.close());

type Included<T, I> = T & { include: I };
type Errors = { errors: Record<string, string[]> };

describe("GET /subscriptions?include=customer,address", () => {
  it("adds each subscription's address and customer, as their own GET prints them", async () => {
    const res = await t.api<
      ListPage<"subscriptions", Included<Subscription, { address: Address; customer: Customer }>>
    >("GET", "/subscriptions?limit=5&include=customer,address");
    expect(res.status).toBe(200);
    for (const sub of res.body.subscriptions) {
      expect(Object.keys(sub.include)).toEqual(["address", "customer"]);
      const address = await t.api<{ address: Address }>("GET", `/addresses/${sub.address_id}`);
      const customer = await t.api<{ customer: Customer }>("GET", `/customers/${sub.customer_id}`);
      expect(sub.include).toEqual({ address: address.body.address, customer: customer.body.customer });
      // `include` takes its alphabetical place among the keys.
      expect(Object.keys(sub)).toEqual(rechargeKeyOrder(Object.keys(sub)));
    }
  });

  it("serves include on GET /subscriptions/{id} too", async () => {
    const [sub] = (await t.api<ListPage<"subscriptions", Subscription>>("GET", "/subscriptions?limit=1")).body
      .subscriptions;
    const res = await t.api<{ subscription: Included<Subscription, { customer: Customer }> }>(
      "GET",
      `/subscriptions/${sub!.id}?include=customer`,
    );
    expect(res.body.subscription.include.customer.id).toBe(sub!.customer_id);
    expect(res.body.subscription).toMatchObject(sub!);
  });

  it("carries include in the cursor: later pages include the same, and include beside a cursor is refused", async () => {
    const first = await t.api<ListPage<"subscriptions", Included<Subscription, { address: Address }>>>(
      "GET",
      "/subscriptions?limit=2&include=address",
    );
    const cursor = first.body.next_cursor!;
    const next = await t.api<ListPage<"subscriptions", Included<Subscription, { address: Address }>>>(
      "GET",
      `/subscriptions?limit=2&cursor=${cursor}`,
    );
    expect(next.body.subscriptions.every((sub) => sub.include.address.id === sub.address_id)).toBe(true);
    const plain = await t.api<ListPage<"subscriptions", Subscription>>("GET", "/subscriptions?limit=2");
    expect(first.body.subscriptions.map((s) => s.id)).toEqual(plain.body.subscriptions.map((s) => s.id));
    const beside = await t.api<Errors>("GET", `/subscriptions?limit=2&cursor=${cursor}&include=address`);
    expect(beside.status).toBe(422);
    expect(beside.body.errors.cursor).toBeDefined();
  });
});

describe("the other resources' includes", () => {
  it("charges include=customer", async () => {
    const res = await t.api<ListPage<"charges", Included<Charge, { customer: Customer }>>>(
      "GET",
      "/charges?limit=3&include=customer",
    );
    for (const charge of res.body.charges) expect(charge.include.customer.id).toBe(charge.customer.id);
  });

  it("addresses include=customer,subscriptions", async () => {
    const res = await t.api<
      ListPage<"addresses", Included<Address, { customer: Customer; subscriptions: Subscription[] }>>
    >("GET", "/addresses?limit=5&include=subscriptions,customer");
    for (const address of res.body.addresses) {
      expect(Object.keys(address.include)).toEqual(["customer", "subscriptions"]);
      expect(address.include.customer.id).toBe(address.customer_id);
      expect(address.include.subscriptions.every((sub) => sub.address_id === address.id)).toBe(true);
    }
  });

  it("customers include=addresses,subscriptions", async () => {
    const [customer] = (
      await t.api<
        ListPage<"customers", Included<Customer, { addresses: Address[]; subscriptions: Subscription[] }>>
      >("GET", "/customers?limit=1&include=addresses,subscriptions")
    ).body.customers;
    expect(customer!.include.addresses.length).toBeGreaterThan(0);
    expect(customer!.include.addresses.every((a) => a.customer_id === customer!.id)).toBe(true);
    expect(customer!.include.subscriptions).toHaveLength(customer!.subscriptions_total_count);
  });
});

describe("refused include values", () => {
  it.each([
    ["/subscriptions?include=foo", "foo is not a valid include for subscriptions"],
    ["/subscriptions?include=addresses", "addresses is not a valid include for subscriptions"],
    ["/charges?include=subscriptions", "subscriptions is not a valid include for charges"],
    ["/discounts?include=customer", "customer is not a valid include for discounts"],
    ["/subscriptions?include=metafields", "metafields is not supported by the sandbox"],
    ["/charges?include=payment_methods", "payment_methods is not supported by the sandbox"],
    ["/addresses?include=charge_activities", "charge_activities is not supported by the sandbox"],
    ["/subscriptions?include=bundle_selections", "bundle_selections is not supported by the sandbox"],
  ])("GET %s → 422", async (path, message) => {
    const res = await t.api<Errors>("GET", path);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { include: [message] } });
  });

  it("refuses a bad include on a GET by id as well", async () => {
    const [sub] = (await t.api<ListPage<"subscriptions", Subscription>>("GET", "/subscriptions?limit=1")).body
      .subscriptions;
    const res = await t.api<Errors>("GET", `/subscriptions/${sub!.id}?include=customer,foo`);
    expect(res.body).toEqual({ errors: { include: ["foo is not a valid include for subscriptions"] } });
  });

  it("treats an empty include as absent", async () => {
    const res = await t.api<ListPage<"subscriptions", Subscription>>(
      "GET",
      "/subscriptions?limit=1&include=",
    );
    expect(res.status).toBe(200);
    expect(res.body.subscriptions[0]).not.toHaveProperty("include");
  });
});
