import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import type { Subscription } from "./store/types";
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

// PUT /subscriptions/{id}: quantity and interval, with and without ?commit=true.

let t: TestSandbox;
let hooks: WebhookReceiver;
let active: Subscription[];
let cancelled: Subscription[];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.2, regenerationDelayMs: 300 });
  hooks = await startWebhookReceiver();
  await hooks.listen(t, ["subscription/updated", "charge/updated"]);
  active = await listAll<Subscription>(t, "subscriptions", "status=active&sort_by=id-asc");
  cancelled = await listAll<Subscription>(t, "subscriptions", "status=cancelled&sort_by=id-asc");
});
afterAll(async () => {
  await t.close();
  await hooks.close();
});

const put = <T = { subscription: Subscription }>(id: number, body: unknown, query = "?commit=true") =>
  t.api<T>("PUT", `/subscriptions/${id}${query}`, { body });
const errorsOf = (body: unknown) => (body as { errors: Record<string, unknown> }).errors;

async function queuedFor(subscriptionId: number): Promise<Charge[]> {
  const page = await t.api<ListPage<"charges", Charge>>(
    "GET",
    `/charges?status=queued&purchase_item_id=${subscriptionId}`,
  );
  return page.body.charges;
}
function take(list: Subscription[], predicate: (s: Subscription) => boolean = () => true): Subscription {
  const index = list.findIndex(predicate);
  if (index < 0) throw new Error("no subscription left for this test");
  return list.splice(index, 1)[0] as Subscription;
}
function lineOf(charge: Charge, subscriptionId: number) {
  return charge.line_items.find((item) => item.purchase_item_id === subscriptionId)!;
}
function expectConsistentTotals(charge: Charge) {
  const items = charge.line_items.reduce((sum, item) => sum + cents(item.unit_price) * item.quantity, 0);
  expect(cents(charge.total_line_items_price)).toBe(items);
  const shipping = charge.shipping_lines.reduce((sum, line) => sum + cents(line.price), 0);
  const tax = charge.taxes_included ? 0 : cents(charge.total_tax);
  expect(cents(charge.total_price)).toBe(
    cents(charge.total_line_items_price) - cents(charge.total_discounts) + shipping + tax,
  );
}

describe("PUT /subscriptions/:id — quantity", () => {
  it("with commit=true, changes the quantity and regenerates the queued charge at once", async () => {
    const sub = take(active, (s) => s.quantity < 5);
    const [before] = await queuedFor(sub.id);
    const res = await put(sub.id, { quantity: sub.quantity + 2 });
    expect(res.status).toBe(200);
    expect(res.body.subscription).toMatchObject({ id: sub.id, quantity: sub.quantity + 2 });
    expect(res.body.subscription.updated_at >= sub.updated_at).toBe(true);
    const [after] = await queuedFor(sub.id);
    expect(after!.id).toBe(before!.id);
    expect(after!.has_uncommitted_changes).toBe(false);
    expect(lineOf(after!, sub.id).quantity).toBe(sub.quantity + 2);
    expect(cents(lineOf(after!, sub.id).total_price)).toBe(cents(sub.price) * (sub.quantity + 2));
    expect(cents(after!.total_line_items_price)).toBe(
      cents(before!.total_line_items_price) + 2 * cents(sub.price),
    );
    expectConsistentTotals(after!);
  });

  it("announces subscription/updated and charge/updated, each with the record as GET prints it", async () => {
    const sub = take(active);
    const [charge] = await queuedFor(sub.id);
    expect((await put(sub.id, { quantity: sub.quantity + 1 })).status).toBe(200);
    const [updated] = await hooks.delivered("subscription/updated", sub.id);
    expect(updated!.body).toEqual({
      subscription: (await t.api<{ subscription: Subscription }>("GET", `/subscriptions/${sub.id}`)).body
        .subscription,
    });
    const [chargeUpdated] = await hooks.delivered("charge/updated", charge!.id);
    expect(
      (chargeUpdated!.body.charge as Charge).line_items.find((i) => i.purchase_item_id === sub.id)?.quantity,
    ).toBe(sub.quantity + 1);
  });

  it("reprices only its own line on a charge it shares with another subscription", async () => {
    const charges = await listAll<Charge>(t, "charges", "status=queued");
    const shared = charges.find(
      (c) =>
        c.line_items.length >= 2 &&
        c.line_items.every((i) => active.some((s) => s.id === i.purchase_item_id)),
    )!;
    expect(shared).toBeDefined();
    const [mine, other] = shared.line_items;
    const sub = take(active, (s) => s.id === mine!.purchase_item_id);
    take(active, (s) => s.id === other!.purchase_item_id);
    expect((await put(sub.id, { quantity: mine!.quantity + 1 })).status).toBe(200);
    const [after] = await queuedFor(sub.id);
    expect(after!.id).toBe(shared.id);
    expect(lineOf(after!, sub.id).quantity).toBe(mine!.quantity + 1);
    expect(lineOf(after!, other!.purchase_item_id)).toMatchObject({
      quantity: other!.quantity,
      total_price: other!.total_price,
    });
    expectConsistentTotals(after!);
  });

  it("without commit, updates the subscription at once and the charge about the delay later", async () => {
    const sub = take(active);
    const [before] = await queuedFor(sub.id);
    const res = await put(sub.id, { quantity: sub.quantity + 1 }, "");
    expect(res.status).toBe(200);
    expect(res.body.subscription.quantity).toBe(sub.quantity + 1);
    const [pending] = await queuedFor(sub.id);
    expect(pending!.has_uncommitted_changes).toBe(true);
    expect(lineOf(pending!, sub.id).quantity).toBe(lineOf(before!, sub.id).quantity);
    const regenerated = await eventually(async () => {
      const [charge] = await queuedFor(sub.id);
      return charge && !charge.has_uncommitted_changes ? charge : undefined;
    });
    expect(lineOf(regenerated, sub.id).quantity).toBe(sub.quantity + 1);
    expectConsistentTotals(regenerated);
    await hooks.delivered("charge/updated", regenerated.id);
  });

  it("answers 200 unchanged, without an event, when nothing changes", async () => {
    const sub = take(active);
    const res = await put(sub.id, { quantity: sub.quantity });
    expect(res.status).toBe(200);
    expect(res.body.subscription).toEqual(sub);
    expect((await put(sub.id, {})).body.subscription).toEqual(sub);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      hooks.deliveries.some(
        (d) => d.topic === "subscription/updated" && (d.body.subscription as Subscription).id === sub.id,
      ),
    ).toBe(false);
  });

  it("takes the quantity as a digit string too", async () => {
    const sub = take(active);
    const res = await put(sub.id, { quantity: String(sub.quantity + 1) });
    expect(res.status).toBe(200);
    expect(res.body.subscription.quantity).toBe(sub.quantity + 1);
  });
});

describe("PUT /subscriptions/:id — interval", () => {
  it("takes the three interval fields together, recalculates the next charge date and moves the charge", async () => {
    const sub = take(active, (s) => s.order_interval_unit === "month");
    const res = await put(sub.id, {
      order_interval_unit: "week",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
    });
    expect(res.status).toBe(200);
    const updated = res.body.subscription;
    expect(updated).toMatchObject({
      order_interval_unit: "week",
      order_interval_frequency: 1,
      charge_interval_frequency: 1,
    });
    const today = new Date().toISOString().slice(0, 10);
    const inAWeek = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    expect(updated.next_charge_scheduled_at! > today).toBe(true);
    expect(updated.next_charge_scheduled_at! <= inAWeek).toBe(true);
    const queued = await queuedFor(sub.id);
    expect(queued.map((c) => c.scheduled_at)).toEqual([updated.next_charge_scheduled_at]);
  });

  it("removes the subscription's upcoming skipped charge", async () => {
    const skipped = await listAll<Charge>(t, "charges", "status=skipped&sort_by=id-asc");
    const today = new Date().toISOString().slice(0, 10);
    const charge = skipped.find(
      (c) =>
        c.scheduled_at >= today &&
        c.line_items.length === 1 &&
        active.some((s) => s.id === c.line_items[0]!.purchase_item_id),
    )!;
    expect(charge).toBeDefined();
    const sub = take(active, (s) => s.id === charge.line_items[0]!.purchase_item_id);
    const res = await put(sub.id, {
      order_interval_unit: sub.order_interval_unit,
      order_interval_frequency: sub.order_interval_frequency + 1,
      charge_interval_frequency: sub.charge_interval_frequency + 1,
    });
    expect(res.status).toBe(200);
    expect((await t.api("GET", `/charges/${charge.id}`)).status).toBe(404);
  });

  it.each([
    [{ order_interval_unit: "week" }, ["order_interval_frequency", "charge_interval_frequency"]],
    [{ order_interval_frequency: 2, charge_interval_frequency: 2 }, ["order_interval_unit"]],
  ])("refuses %j: the missing interval fields are named", async (body, missing) => {
    const sub = take(active);
    const res = await put(sub.id, body);
    expect(res.status).toBe(422);
    expect(Object.keys(errorsOf(res.body)).sort()).toEqual([...missing].sort());
  });
});

describe("PUT /subscriptions/:id — refusals", () => {
  const interval = {
    order_interval_unit: "month",
    order_interval_frequency: 1,
    charge_interval_frequency: 1,
  };
  it.each([
    [{ quantity: 0 }, "quantity", "must be greater than 0"],
    [{ quantity: -2 }, "quantity", "must be greater than 0"],
    [{ quantity: 1.5 }, "quantity", "must be an integer"],
    [{ quantity: "two" }, "quantity", "must be an integer"],
    [{ quantity: null }, "quantity", "can't be blank"],
    [{ ...interval, order_interval_unit: "year" }, "order_interval_unit", "must be one of: day, week, month"],
    [
      { ...interval, order_interval_unit: "Months" },
      "order_interval_unit",
      "must be one of: day, week, month",
    ],
    [{ ...interval, charge_interval_frequency: 1001 }, "charge_interval_frequency", "must be at most 1000"],
    [{ ...interval, order_interval_frequency: 0 }, "order_interval_frequency", "must be greater than 0"],
    [
      { quantity: 2, shopify_variant_id: "1" },
      "shopify_variant_id",
      "is not a documented field of this request",
    ],
    [{ quantity: 2, commit_update: true }, "commit_update", "is not a documented field of this request"],
    [{ price: "9.99" }, "price", "is not supported by the sandbox"],
    [
      { next_charge_scheduled_at: "2030-01-01" },
      "next_charge_scheduled_at",
      "is not supported by the sandbox",
    ],
  ])("refuses %j under %s", async (body, field, message) => {
    const sub = take(active);
    const res = await put(sub.id, body);
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)[field]).toEqual([message]);
    expect(
      (await t.api<{ subscription: Subscription }>("GET", `/subscriptions/${sub.id}`)).body.subscription,
    ).toEqual(sub);
  });

  it("refuses a body that is not an object", async () => {
    const res = await put(take(active).id, [1]);
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({ _schema: ["must be a JSON object"] });
  });

  it("refuses commit=yes", async () => {
    const res = await put(take(active).id, { quantity: 2 }, "?commit=yes");
    expect(res.status).toBe(422);
    expect(errorsOf(res.body)).toEqual({ commit: ["must be true or false"] });
  });

  it("refuses a cancelled subscription unless force_update=true, then updates it without charges", async () => {
    const sub = take(cancelled);
    const refused = await put(sub.id, { quantity: sub.quantity + 1 });
    expect(refused.status).toBe(422);
    expect(errorsOf(refused.body)).toEqual({
      status: ["a cancelled subscription is only updated with force_update=true"],
    });
    const forced = await put(sub.id, { quantity: sub.quantity + 1 }, "?commit=true&force_update=true");
    expect(forced.status).toBe(200);
    expect(forced.body.subscription).toMatchObject({
      quantity: sub.quantity + 1,
      status: "cancelled",
      next_charge_scheduled_at: null,
    });
    expect(await queuedFor(sub.id)).toEqual([]);
  });

  it("answers 404 for an unknown subscription and 403 to the read-only token", async () => {
    expect((await put(1, { quantity: 2 })).status).toBe(404);
    const res = await t.api("PUT", `/subscriptions/${active[0]!.id}`, {
      body: { quantity: 2 },
      token: READONLY,
    });
    expect(res.status).toBe(403);
  });
});
