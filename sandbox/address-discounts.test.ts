import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Discount } from "./store/admin-types";
import type { Charge } from "./store/charge-types";
import type { Address, Customer } from "./store/types";
import {
  cents,
  listAll,
  startTestSandbox,
  startWebhookReceiver,
  type ListPage,
  type TestSandbox,
  type WebhookReceiver,
} from "./test-support";

// Applying and removing an address's discount through PUT /addresses/{id} `discounts`, as Recharge's
// storefront client does (applyDiscountToAddress / removeDiscountsFromAddress), and the rules that
// refuse a code. The named SANDBOX* codes come from seed/seed-discount-fixtures.ts.

let t: TestSandbox;
let hooks: WebhookReceiver;
let customers: Map<number, Customer>;
/** Addresses without a discount that have a queued charge. */
let free: Address[];
let all: Address[];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.2 });
  hooks = await startWebhookReceiver();
  await hooks.listen(t, ["address/updated", "charge/updated"]);
  customers = new Map((await listAll<Customer>(t, "customers")).map((c) => [c.id, c]));
  const queued = new Set((await listAll<Charge>(t, "charges", "status=queued")).map((c) => c.address_id));
  all = await listAll<Address>(t, "addresses", "sort_by=id-asc");
  free = all.filter((a) => a.discounts.length === 0 && queued.has(a.id));
});
afterAll(async () => {
  await t.close();
  await hooks.close();
});

const put = (id: number, body: unknown) =>
  t.api<{ address: Address }>("PUT", `/addresses/${id}?commit=true`, { body });
const apply = (id: number, code: string) => put(id, { discounts: [{ code }] });
const errorsOf = (body: unknown) => (body as { errors: Record<string, unknown> }).errors;
async function discount(code: string): Promise<Discount> {
  return (await t.api<ListPage<"discounts", Discount>>("GET", `/discounts?discount_code=${code}`)).body
    .discounts[0]!;
}
async function queuedAt(addressId: number): Promise<Charge[]> {
  return (await t.api<ListPage<"charges", Charge>>("GET", `/charges?address_id=${addressId}&status=queued`))
    .body.charges;
}
function take(predicate: (a: Address) => boolean = () => true): Address {
  const index = free.findIndex(predicate);
  if (index < 0) throw new Error("no address left for this test");
  return free.splice(index, 1)[0] as Address;
}
const paidBefore = (a: Address) => customers.get(a.customer_id)?.first_charge_processed_at != null;

describe("applying a discount to an address", () => {
  it("discounts: [{code}] puts it on the address and on its queued charges, repriced", async () => {
    const address = take();
    const before = await queuedAt(address.id);
    const sandbox10 = await discount("SANDBOX10");
    const res = await apply(address.id, "SANDBOX10");
    expect(res.status).toBe(200);
    expect(res.body.address.discounts).toEqual([
      { id: sandbox10.id, code: "SANDBOX10", value: 10, value_type: "percentage" },
    ]);
    const after = await queuedAt(address.id);
    expect(after.map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
    for (const charge of after) {
      expect(charge.discounts).toEqual([
        {
          id: sandbox10.id,
          application_method: "code",
          code: "SANDBOX10",
          value: 10,
          value_type: "percentage",
        },
      ]);
      expect(cents(charge.total_discounts)).toBe(Math.round(cents(charge.total_line_items_price) / 10));
      const old = before.find((c) => c.id === charge.id)!;
      expect(cents(charge.total_price)).toBeLessThan(cents(old.total_price));
    }
  });

  it("takes the code in any case, and {id} as well", async () => {
    const a = take();
    expect((await apply(a.id, "sandbox5off")).body.address.discounts[0]?.code).toBe("SANDBOX5OFF");
    const b = take();
    const ship = await discount("SANDBOXFREESHIP");
    const res = await put(b.id, { discounts: [{ id: ship.id }] });
    expect(res.status).toBe(200);
    expect(res.body.address.discounts).toEqual([
      { id: ship.id, code: "SANDBOXFREESHIP", value: 100, value_type: "shipping" },
    ]);
    for (const charge of await queuedAt(b.id)) {
      const shipping = charge.shipping_lines.reduce((sum, line) => sum + cents(line.price), 0);
      expect(cents(charge.total_discounts)).toBe(shipping);
    }
  });

  it('announces address/updated and charge/updated ("when applying a discount")', async () => {
    const address = take();
    const [charge] = await queuedAt(address.id);
    expect((await apply(address.id, "SANDBOX10")).status).toBe(200);
    const [addressEvent] = await hooks.delivered("address/updated", address.id);
    expect((addressEvent!.body.address as Address).discounts[0]?.code).toBe("SANDBOX10");
    const [chargeEvent] = await hooks.delivered("charge/updated", charge!.id);
    expect((chargeEvent!.body.charge as Charge).discounts[0]?.code).toBe("SANDBOX10");
  });

  it("answers 200 unchanged when the same discount is sent again", async () => {
    const address = take();
    const first = await apply(address.id, "SANDBOX10");
    const again = await apply(address.id, "sandbox10");
    expect(again.status).toBe(200);
    expect(again.body.address).toEqual(first.body.address);
  });

  it("refuses a second discount while one is applied, under discounts.0.code", async () => {
    const address = take();
    expect((await apply(address.id, "SANDBOX10")).status).toBe(200);
    const res = await apply(address.id, "SANDBOX15");
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({
      discounts: {
        "0": {
          code: ["this address already has SANDBOX10: remove it first, an address takes a single discount"],
        },
      },
    });
  });

  it("is found again by GET /addresses?discount_code= and ?discount_id=", async () => {
    const address = take();
    const sandbox15 = await discount("SANDBOX15");
    expect((await apply(address.id, "SANDBOX15")).status).toBe(200);
    const byCode = await listAll<Address>(t, "addresses", "discount_code=sandbox15");
    expect(byCode.map((a) => a.id)).toContain(address.id);
    const byId = await listAll<Address>(t, "addresses", `discount_id=${sandbox15.id}`);
    expect(byId.map((a) => a.id)).toEqual(byCode.map((a) => a.id));
  });
});

describe("removing an address's discount", () => {
  it("discounts: [] takes it off the address and its queued charges", async () => {
    const address = take();
    expect((await apply(address.id, "SANDBOX10")).status).toBe(200);
    const res = await put(address.id, { discounts: [] });
    expect(res.status).toBe(200);
    expect(res.body.address.discounts).toEqual([]);
    for (const charge of await queuedAt(address.id)) {
      expect(charge.discounts).toEqual([]);
      expect(charge.total_discounts).toBe("0.00");
    }
  });

  it("removes a seeded discount, and answers 200 when there is none", async () => {
    const seeded = all.find((a) => a.discounts.length > 0)!;
    const res = await put(seeded.id, { discounts: [] });
    expect(res.status).toBe(200);
    expect(res.body.address.discounts).toEqual([]);
    expect((await put(seeded.id, { discounts: [] })).status).toBe(200);
  });
});

describe("codes that do not apply", () => {
  it.each([
    ["NOSUCHCODE", () => take(), "NOSUCHCODE is not a discount code of this store"],
    ["SANDBOXDISABLED", () => take(), "SANDBOXDISABLED is disabled"],
    ["SANDBOXEXPIRED", () => take(), /^SANDBOXEXPIRED expired on \d{4}-\d{2}-\d{2}$/],
    ["SANDBOXUPCOMING", () => take(), /^SANDBOXUPCOMING cannot be applied before \d{4}-\d{2}-\d{2}$/],
    ["SANDBOXPORTALONLY", () => take(), "SANDBOXPORTALONLY cannot be applied through the API"],
    [
      "SANDBOXONETIME",
      () => take(),
      "SANDBOXONETIME applies to one-time purchases only, and this address's charges are subscriptions",
    ],
    [
      "SANDBOXNEWCUSTOMER",
      () => take(paidBefore),
      "SANDBOXNEWCUSTOMER is for first-time customers only, and this customer has paid before",
    ],
    ["SANDBOXUSEDUP", () => take(), "SANDBOXUSEDUP has reached its usage limit"],
    [
      "SANDBOXMIN500",
      () => take(),
      /^SANDBOXMIN500 needs a subtotal of at least 500\.00; the next charge's is \d+\.\d{2}$/,
    ],
  ])("refuses %s under discounts.0.code and changes nothing", async (code, pick, reason) => {
    const address = pick();
    const before = await queuedAt(address.id);
    const res = await apply(address.id, code);
    expect(res.status).toBe(422);
    const errors = errorsOf(res.body) as { discounts: { "0": { code: string[] } } };
    expect(Object.keys(errors)).toEqual(["discounts"]);
    expect(errors.discounts["0"].code).toEqual([
      expect.stringMatching(reason instanceof RegExp ? reason : `^${reason}$`),
    ]);
    expect((await t.api<{ address: Address }>("GET", `/addresses/${address.id}`)).body.address).toEqual(
      address,
    );
    expect(await queuedAt(address.id)).toEqual(before);
  });

  it("refuses an unknown id under discounts.0.id", async () => {
    const res = await put(take().id, { discounts: [{ id: 1 }] });
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({ discounts: { "0": { id: ["1 is not a discount of this store"] } } });
  });

  it("applies SANDBOXNEWCUSTOMER for a customer who never paid", async () => {
    const address = take((a) => !paidBefore(a));
    expect((await apply(address.id, "SANDBOXNEWCUSTOMER")).status).toBe(200);
  });

  it("applies SANDBOXONCE on one address of a customer, then refuses it on the other", async () => {
    const byCustomer = new Map<number, Address[]>();
    for (const a of free) byCustomer.set(a.customer_id, [...(byCustomer.get(a.customer_id) ?? []), a]);
    const [first, second] = [...byCustomer.values()].find((pair) => pair.length >= 2)!;
    take((a) => a.id === first!.id);
    take((a) => a.id === second!.id);
    expect((await apply(first!.id, "SANDBOXONCE")).status).toBe(200);
    const res = await apply(second!.id, "SANDBOXONCE");
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({
      discounts: {
        "0": { code: ["SANDBOXONCE can be used once per customer, and this customer has used it"] },
      },
    });
  });

  it.each([
    [
      { discounts: [{ code: "SANDBOX10" }, { code: "SANDBOX15" }] },
      { discounts: ["addresses are limited to a single discount"] },
    ],
    [
      { discounts: [{ code: "SANDBOX10", id: 1 }] },
      { discounts: { "0": ['must be {"code": …} or {"id": …}'] } },
    ],
    [{ discounts: [{ code: "" }] }, { discounts: { "0": { code: ["can't be blank"] } } }],
    [{ discounts: [{ coupon: "SANDBOX10" }] }, { discounts: { "0": ['must be {"code": …} or {"id": …}'] } }],
    [{ discounts: "SANDBOX10" }, { discounts: ["must be a list of discounts"] }],
    [{ discount_code: "SANDBOX10" }, { discount_code: ["is not a documented field of this request"] }],
  ])("refuses the shape %j", async (body, errors) => {
    const res = await put(take().id, body);
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual(errors);
  });
});
