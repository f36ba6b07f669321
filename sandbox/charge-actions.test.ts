import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge, Order } from "./store/charge-types";
import type { Customer, Subscription } from "./store/types";
import { cents, listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
let declining: Set<number>;
let queued: Charge[];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.2 });
  const customers = await listAll<Customer>(t, "customers");
  declining = new Set(customers.filter((c) => c.has_payment_method_in_dunning).map((c) => c.id));
  queued = await listAll<Charge>(t, "charges", "status=queued&sort_by=id-asc");
});
afterAll(() => t.close());

/** Takes a distinct queued charge for each test so that tests do not disturb each other. */
function takeQueued(predicate: (charge: Charge) => boolean): Charge {
  const index = queued.findIndex(predicate);
  if (index < 0) throw new Error("no queued charge left for this test");
  return queued.splice(index, 1)[0] as Charge;
}
const payable = (c: Charge) => !declining.has(c.customer.id);
const single = (c: Charge) => c.line_items.length === 1 && payable(c);

async function charge(id: number) {
  return (await t.api<{ charge: Charge }>("GET", `/charges/${id}`)).body.charge;
}
async function subscription(id: number) {
  return (await t.api<{ subscription: Subscription }>("GET", `/subscriptions/${id}`)).body.subscription;
}
async function queuedFor(subscriptionId: number) {
  const page = await t.api<ListPage<"charges", Charge>>(
    "GET",
    `/charges?status=queued&purchase_item_id=${subscriptionId}`,
  );
  return page.body.charges;
}
const post = <T>(path: string, body: unknown = {}) => t.api<T>("POST", path, { body });

describe("POST /charges/:id/skip", () => {
  it("skips a queued charge and queues the subscription's next interval", async () => {
    const target = takeQueued(single);
    const subId = target.line_items[0]!.purchase_item_id;
    const before = await subscription(subId);
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/skip`, { purchase_item_ids: [subId] });
    expect(res.status).toBe(200);
    expect(res.body.charge.status).toBe("skipped");
    expect(res.body.charge.updated_at >= target.updated_at).toBe(true);
    const after = await subscription(subId);
    expect(after.next_charge_scheduled_at! > before.next_charge_scheduled_at!).toBe(true);
    const next = await queuedFor(subId);
    expect(next.map((c) => c.scheduled_at)).toEqual([after.next_charge_scheduled_at]);
  });

  it("skips every item when purchase_item_ids is omitted", async () => {
    const target = takeQueued(payable);
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/skip`);
    expect(res.body.charge.status).toBe("skipped");
  });

  it("skipping some items keeps the charge queued for the rest, repriced", async () => {
    const target = takeQueued((c) => c.line_items.length > 1);
    const [skipped, ...kept] = target.line_items;
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/skip`, {
      purchase_item_ids: [skipped!.purchase_item_id],
    });
    expect(res.status).toBe(200);
    const updated = res.body.charge;
    expect(updated.status).toBe("queued");
    expect(updated.line_items.map((i) => i.purchase_item_id)).toEqual(
      target.line_items.slice(1).map((i) => i.purchase_item_id),
    );
    const keptCents = kept.reduce((sum, item) => sum + cents(item.unit_price) * item.quantity, 0);
    expect(cents(updated.total_line_items_price)).toBe(keptCents);
    const skippedCharges = await t.api<ListPage<"charges", Charge>>(
      "GET",
      `/charges?status=skipped&purchase_item_id=${skipped!.purchase_item_id}`,
    );
    expect(
      skippedCharges.body.charges.some(
        (c) => c.scheduled_at === target.scheduled_at && c.line_items.length === 1,
      ),
    ).toBe(true);
  });

  it("refuses to skip a charge that is not queued", async () => {
    const target = takeQueued(payable);
    await post(`/charges/${target.id}/skip`);
    const again = await post<{ errors: Record<string, string[]> }>(`/charges/${target.id}/skip`);
    expect(again.status).toBe(422);
    expect(again.body.errors.status?.[0]).toMatch(/only a queued charge/);
  });

  it("refuses purchase_item_ids that are not on the charge", async () => {
    const target = takeQueued(payable);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${target.id}/skip`, {
      purchase_item_ids: [1],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.purchase_item_ids).toBeDefined();
  });

  it("answers 404 for an unknown charge", async () => {
    const res = await post(`/charges/1/skip`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: "Not Found" });
  });
});

describe("POST /charges/:id/unskip", () => {
  it("unskips a skipped upcoming charge and withdraws the later queued one", async () => {
    const target = takeQueued(single);
    const subId = target.line_items[0]!.purchase_item_id;
    await post(`/charges/${target.id}/skip`);
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/unskip`, {
      purchase_item_ids: [subId],
    });
    expect(res.status).toBe(200);
    expect(res.body.charge.status).toBe("queued");
    expect((await subscription(subId)).next_charge_scheduled_at).toBe(target.scheduled_at);
    expect((await queuedFor(subId)).map((c) => c.id)).toEqual([target.id]);
  });

  it("refuses to unskip a queued charge", async () => {
    const target = takeQueued(payable);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${target.id}/unskip`);
    expect(res.status).toBe(422);
    expect(res.body.errors.status?.[0]).toMatch(/only a skipped charge/);
  });

  it("refuses to unskip a charge scheduled in the past", async () => {
    const skipped = await listAll<Charge>(
      t,
      "charges",
      `status=skipped&scheduled_at_max=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}`,
    );
    expect(skipped.length).toBeGreaterThan(0);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${skipped[0]!.id}/unskip`);
    expect(res.status).toBe(422);
    expect(res.body.errors.scheduled_at).toBeDefined();
  });
});

describe("POST /charges/:id/process", () => {
  it("pays a queued charge: order created, processed_at, orders_count, external_order_id", async () => {
    const target = takeQueued(single);
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/process`);
    expect(res.status).toBe(200);
    const paid = res.body.charge;
    expect(paid).toMatchObject({ status: "success", orders_count: 1, error: null, error_type: null });
    expect(paid.processed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
    expect(paid.external_order_id.ecommerce).toMatch(/^\d+$/);
    const orders = await t.api<ListPage<"orders", Order>>("GET", `/orders?charge_id=${target.id}`);
    expect(orders.body.orders).toHaveLength(1);
    expect(orders.body.orders[0]).toMatchObject({
      status: "success",
      total_price: paid.total_price,
      charge: { id: paid.id },
    });
  });

  it("rolls the subscription on to its next interval after payment", async () => {
    const target = takeQueued(single);
    const subId = target.line_items[0]!.purchase_item_id;
    await post(`/charges/${target.id}/process`);
    const after = await subscription(subId);
    expect(after.next_charge_scheduled_at! > target.scheduled_at).toBe(true);
    expect((await queuedFor(subId)).map((c) => c.scheduled_at)).toEqual([after.next_charge_scheduled_at]);
  });

  it("declines the payment of a customer whose card always declines", async () => {
    const target = takeQueued((c) => declining.has(c.customer.id));
    const res = await post<{ charge: Charge }>(`/charges/${target.id}/process`);
    expect(res.status).toBe(200);
    expect(res.body.charge).toMatchObject({ status: "error", error: "Your card was declined." });
    expect(res.body.charge.error_type).toBeTruthy();
    expect(res.body.charge.processed_at).toBeNull();
  });

  it("retries a failed charge and succeeds for a paying customer", async () => {
    const failed = (await listAll<Charge>(t, "charges", "status=error")).find(payable);
    expect(failed).toBeDefined();
    const res = await post<{ charge: Charge }>(`/charges/${failed!.id}/process`);
    expect(res.body.charge.status).toBe("success");
  });

  it("refuses to process a charge that is already paid", async () => {
    const target = takeQueued(single);
    await post(`/charges/${target.id}/process`);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${target.id}/process`);
    expect(res.status).toBe(422);
    expect(res.body.errors.status?.[0]).toMatch(/only a queued or failed charge/);
  });
});

describe("POST /charges/:id/refund", () => {
  async function paidCharge(): Promise<Charge> {
    const target = takeQueued(single);
    return (await post<{ charge: Charge }>(`/charges/${target.id}/process`)).body.charge;
  }

  it("a partial refund raises total_refunds and marks the charge partially_refunded", async () => {
    const paid = await paidCharge();
    const res = await post<{ charge: Charge }>(`/charges/${paid.id}/refund`, { amount: "1.25" });
    expect(res.status).toBe(200);
    expect(res.body.charge).toMatchObject({ status: "partially_refunded", total_refunds: "1.25" });
  });

  it("refunding the remaining balance marks the charge refunded", async () => {
    const paid = await paidCharge();
    await post(`/charges/${paid.id}/refund`, { amount: "1.00" });
    const rest = ((cents(paid.total_price) - 100) / 100).toFixed(2);
    const res = await post<{ charge: Charge }>(`/charges/${paid.id}/refund`, { amount: rest });
    expect(res.body.charge).toMatchObject({ status: "refunded", total_refunds: paid.total_price });
  });

  it("full_refund refunds whatever is left", async () => {
    const paid = await paidCharge();
    const res = await post<{ charge: Charge }>(`/charges/${paid.id}/refund`, { full_refund: true });
    expect(res.body.charge).toMatchObject({ status: "refunded", total_refunds: paid.total_price });
  });

  it("rejects an amount above the refundable balance", async () => {
    const paid = await paidCharge();
    const above = ((cents(paid.total_price) + 1) / 100).toFixed(2);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${paid.id}/refund`, {
      amount: above,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.amount).toEqual([`must be less than or equal to ${paid.total_price}`]);
  });

  it.each([["0"], ["0.00"], ["-1.00"], ["1.234"], ["abc"], [""]])("rejects the amount %j", async (amount) => {
    const paid = await paidCharge();
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${paid.id}/refund`, { amount });
    expect(res.status).toBe(422);
    expect(res.body.errors.amount).toBeDefined();
  });

  it("rejects a refund without amount or full_refund", async () => {
    const paid = await paidCharge();
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${paid.id}/refund`, {});
    expect(res.body.errors).toEqual({ amount: ["can't be blank"] });
  });

  it("refuses to refund a charge that was not paid", async () => {
    const target = takeQueued(payable);
    const res = await post<{ errors: Record<string, string[]> }>(`/charges/${target.id}/refund`, {
      amount: "1.00",
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.status?.[0]).toMatch(/only a paid charge/);
  });

  it("a fully refunded charge cannot be refunded again", async () => {
    const paid = await paidCharge();
    await post(`/charges/${paid.id}/refund`, { full_refund: true });
    const res = await post(`/charges/${paid.id}/refund`, { amount: "0.01" });
    expect(res.status).toBe(422);
  });

  it("the order mirrors the refund", async () => {
    const paid = await paidCharge();
    await post(`/charges/${paid.id}/refund`, { amount: "2.00" });
    const orders = await t.api<ListPage<"orders", Order>>("GET", `/orders?charge_id=${paid.id}`);
    expect(orders.body.orders[0]).toMatchObject({
      total_refunds: "2.00",
      charge: { id: paid.id, status: "partially_refunded" },
    });
  });
});

it("every write bumps updated_at", async () => {
  const target = takeQueued(payable);
  const fresh = await charge(target.id);
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const skipped = (await post<{ charge: Charge }>(`/charges/${target.id}/skip`)).body.charge;
  expect(skipped.updated_at > fresh.updated_at).toBe(true);
});
