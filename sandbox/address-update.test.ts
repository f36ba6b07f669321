import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import type { Address } from "./store/types";
import {
  READONLY,
  cents,
  eventually,
  listAll,
  startTestSandbox,
  startWebhookReceiver,
  type ListPage,
  type TestSandbox,
  type WebhookReceiver,
} from "./test-support";

// PUT /addresses/{id}: the shipping address, and what its queued charges take of it.

let t: TestSandbox;
let hooks: WebhookReceiver;
/** Addresses with at least one queued charge, by country. */
let withQueued: Address[];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.2, regenerationDelayMs: 300 });
  hooks = await startWebhookReceiver();
  await hooks.listen(t, ["address/updated", "charge/updated"]);
  const queued = await listAll<Charge>(t, "charges", "status=queued");
  const ids = new Set(queued.map((c) => c.address_id));
  withQueued = (await listAll<Address>(t, "addresses", "sort_by=id-asc")).filter((a) => ids.has(a.id));
});
afterAll(async () => {
  await t.close();
  await hooks.close();
});

const put = (id: number, body: unknown, query = "?commit=true") =>
  t.api<{ address: Address }>("PUT", `/addresses/${id}${query}`, { body });
const errorsOf = (body: unknown) => (body as { errors: Record<string, unknown> }).errors;
async function chargesAt(addressId: number, status = "queued"): Promise<Charge[]> {
  return (
    await t.api<ListPage<"charges", Charge>>("GET", `/charges?address_id=${addressId}&status=${status}`)
  ).body.charges;
}
function take(predicate: (a: Address) => boolean = () => true): Address {
  const index = withQueued.findIndex(predicate);
  if (index < 0) throw new Error("no address left for this test");
  return withQueued.splice(index, 1)[0] as Address;
}

const NEW_HOME = {
  first_name: "Ada",
  last_name: "Lovelace",
  company: "Analytical Engines",
  address1: "12 Main St",
  address2: "Apt 4",
  city: "Springfield",
  province: "Illinois",
  zip: "62701",
  country_code: "US",
  phone: "+12175550123",
};

describe("PUT /addresses/:id — shipping address", () => {
  it("updates the address and, with commit=true, the shipping address of its queued charges at once", async () => {
    const address = take((a) => a.country_code === "US");
    const [queuedBefore] = await chargesAt(address.id);
    const res = await put(address.id, NEW_HOME);
    expect(res.status).toBe(200);
    expect(res.body.address).toMatchObject({ id: address.id, ...NEW_HOME });
    expect(res.body.address.updated_at >= address.updated_at).toBe(true);
    for (const charge of await chargesAt(address.id)) {
      expect(charge.shipping_address).toEqual(NEW_HOME);
      expect(charge.has_uncommitted_changes).toBe(false);
    }
    // The billing address belongs to the payment method; paid charges keep where they went.
    const [queuedAfter] = await chargesAt(address.id);
    expect(queuedAfter!.billing_address).toEqual(queuedBefore!.billing_address);
    for (const charge of await chargesAt(address.id, "success"))
      expect(charge.shipping_address.address1).toBe(address.address1);
  });

  it("announces address/updated and charge/updated", async () => {
    const address = take((a) => a.country_code === "US");
    const [charge] = await chargesAt(address.id);
    expect((await put(address.id, { address1: "1 Infinite Loop" })).status).toBe(200);
    const [updated] = await hooks.delivered("address/updated", address.id);
    expect((updated!.body.address as Address).address1).toBe("1 Infinite Loop");
    const [chargeUpdated] = await hooks.delivered("charge/updated", charge!.id);
    expect((chargeUpdated!.body.charge as Charge).shipping_address.address1).toBe("1 Infinite Loop");
  });

  it("moving to another country takes its province by code, and reprices tax and shipping there", async () => {
    const address = take((a) => a.country_code === "US");
    const res = await put(address.id, {
      country_code: "ca",
      province: "ON",
      city: "Toronto",
      zip: "M5V 2T6",
    });
    expect(res.status).toBe(200);
    expect(res.body.address).toMatchObject({ country_code: "CA", province: "Ontario" });
    for (const charge of await chargesAt(address.id)) {
      expect(charge.shipping_address).toMatchObject({ country_code: "CA", province: "Ontario" });
      expect(charge.taxes_included).toBe(false);
      if (cents(charge.total_tax) > 0)
        expect(charge.tax_lines[0]).toMatchObject({ title: "HST", rate: "0.1300" });
    }
  });

  it("moving to a country that names no province clears the old one", async () => {
    const address = take((a) => a.country_code === "US");
    const res = await put(address.id, { country_code: "GB", city: "London", zip: "SW1A 1AA" });
    expect(res.status).toBe(200);
    expect(res.body.address).toMatchObject({ country_code: "GB", province: null });
  });

  it("stores an empty address2, company or phone as null", async () => {
    const address = take();
    const res = await put(address.id, { address2: "", company: "", phone: "" });
    expect(res.status).toBe(200);
    expect(res.body.address).toMatchObject({ address2: null, company: null, phone: null });
  });

  it("without commit, flags the queued charges and regenerates them about the delay later", async () => {
    const address = take((a) => a.country_code === "US");
    const res = await put(address.id, { address1: "500 Delayed Ave" }, "");
    expect(res.status).toBe(200);
    const [pending] = await chargesAt(address.id);
    expect(pending!.has_uncommitted_changes).toBe(true);
    expect(pending!.shipping_address.address1).toBe(address.address1);
    const done = await eventually(async () => {
      const [charge] = await chargesAt(address.id);
      return charge && !charge.has_uncommitted_changes ? charge : undefined;
    });
    expect(done.shipping_address.address1).toBe("500 Delayed Ave");
  });

  it("answers 200 unchanged, without an event, when nothing changes", async () => {
    const address = take();
    const res = await put(address.id, {
      city: address.city,
      discounts: address.discounts.map((d) => ({ id: d.id })),
    });
    expect(res.status).toBe(200);
    expect(res.body.address).toEqual(address);
  });
});

describe("PUT /addresses/:id — refusals", () => {
  it.each([
    [{ country_code: "JP" }, "country_code", "JP is not a country this store ships to"],
    [{ country_code: "USA" }, "country_code", "must be a 2-letter country code"],
    [{ province: "Narnia" }, "province", "Narnia is not a province of United States"],
    [{ province: null }, "province", "can't be blank for an address in United States"],
    [{ address1: "  " }, "address1", "can't be blank"],
    [{ city: 12 }, "city", "must be a string"],
    [{ zip: null }, "zip", "can't be blank"],
    [{ customer_id: 1 }, "customer_id", "is not a documented field of this request"],
    [{ presentment_currency: "EUR" }, "presentment_currency", "is not a documented field of this request"],
    [{ country: "United States" }, "country", "is not a documented field of this request"],
    [{ order_note: "leave at door" }, "order_note", "is not supported by the sandbox"],
    [{ shipping_lines_override: null }, "shipping_lines_override", "is not supported by the sandbox"],
  ])("refuses %j under %s", async (body, field, message) => {
    const address = take((a) => a.country_code === "US");
    const res = await put(address.id, body);
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)[field]).toEqual([message]);
    expect((await t.api<{ address: Address }>("GET", `/addresses/${address.id}`)).body.address).toEqual(
      address,
    );
  });

  it("refuses commit=1", async () => {
    const res = await put(take().id, { city: "X" }, "?commit=1");
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({ commit: ["must be true or false"] });
  });

  it("answers 404 for an unknown address and 403 to the read-only token", async () => {
    expect((await put(1, { city: "X" })).status).toBe(404);
    const res = await t.api("PUT", `/addresses/${withQueued[0]!.id}`, {
      body: { city: "X" },
      token: READONLY,
    });
    expect(res.status).toBe(403);
  });
});
