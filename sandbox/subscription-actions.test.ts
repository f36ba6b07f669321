import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import type { Customer, Subscription } from "./store/types";
import { listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
let active: Subscription[];
let cancelled: Subscription[];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.3 });
  active = await listAll<Subscription>(t, "subscriptions", "status=active&sort_by=id-asc");
  cancelled = await listAll<Subscription>(t, "subscriptions", "status=cancelled&sort_by=id-asc");
});
afterAll(() => t.close());

const post = <T>(path: string, body: unknown = {}) => t.api<T>("POST", path, { body });
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
async function queuedFor(subscriptionId: number) {
  return (
    await t.api<ListPage<"charges", Charge>>(
      "GET",
      `/charges?status=queued&purchase_item_id=${subscriptionId}`,
    )
  ).body.charges;
}
function take(list: Subscription[], predicate: (s: Subscription) => boolean = () => true): Subscription {
  const index = list.findIndex(predicate);
  if (index < 0) throw new Error("no subscription left for this test");
  return list.splice(index, 1)[0] as Subscription;
}

describe("POST /subscriptions/:id/set_next_charge_date", () => {
  it("moves the subscription's own queued charge to the new date", async () => {
    const sub = take(active);
    const [charge] = await queuedFor(sub.id);
    const date = daysFromNow(200);
    const res = await post<{ subscription: Subscription }>(`/subscriptions/${sub.id}/set_next_charge_date`, {
      date,
    });
    expect(res.status).toBe(200);
    expect(res.body.subscription.next_charge_scheduled_at).toBe(date);
    expect(res.body.subscription.updated_at >= sub.updated_at).toBe(true);
    const moved = await queuedFor(sub.id);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.scheduled_at).toBe(date);
    if (charge!.line_items.length === 1) expect(moved[0]!.id).toBe(charge!.id);
  });

  it("merges with another queued charge of the same address on that date: new id, merged_at, both items", async () => {
    const byAddress = new Map<number, Subscription[]>();
    for (const sub of active) byAddress.set(sub.address_id, [...(byAddress.get(sub.address_id) ?? []), sub]);
    const pair = [...byAddress.values()].find(
      (subs) => subs.length >= 2 && subs[0]!.next_charge_scheduled_at !== subs[1]!.next_charge_scheduled_at,
    )!;
    expect(pair).toBeDefined();
    const [a, b] = [take(active, (s) => s.id === pair[0]!.id), take(active, (s) => s.id === pair[1]!.id)];
    const [target] = await queuedFor(b.id);
    const [moving] = await queuedFor(a.id);
    const res = await post(`/subscriptions/${a.id}/set_next_charge_date`, {
      date: b.next_charge_scheduled_at,
    });
    expect(res.status).toBe(200);
    const merged = await queuedFor(a.id);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).not.toBe(target!.id);
    expect(merged[0]!.merged_at).not.toBeNull();
    expect(merged[0]!.scheduled_at).toBe(b.next_charge_scheduled_at);
    expect(merged[0]!.line_items.map((i) => i.purchase_item_id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    expect((await t.api("GET", `/charges/${target!.id}`)).status).toBe(404);
    if (moving!.line_items.length === 1)
      expect((await t.api("GET", `/charges/${moving!.id}`)).status).toBe(404);
  });

  it.each([0, -3])("refuses a date %i days from today", async (days) => {
    const sub = take(active);
    const res = await post(`/subscriptions/${sub.id}/set_next_charge_date`, { date: daysFromNow(days) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { date: ["date is not far enough in the future"] } });
  });

  it.each([["2025-13-40"], ["tomorrow"], [12]])("refuses the date %j", async (date) => {
    const sub = take(active);
    const res = await post<{ errors: Record<string, string[]> }>(
      `/subscriptions/${sub.id}/set_next_charge_date`,
      { date },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.date).toBeDefined();
  });

  it("requires a date", async () => {
    const res = await post(`/subscriptions/${take(active).id}/set_next_charge_date`, {});
    expect(res.body).toEqual({ errors: { date: ["can't be blank"] } });
  });

  it("refuses a cancelled subscription", async () => {
    const res = await post<{ errors: Record<string, string[]> }>(
      `/subscriptions/${take(cancelled).id}/set_next_charge_date`,
      { date: daysFromNow(30) },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.status).toBeDefined();
  });
});

describe("POST /subscriptions/:id/cancel", () => {
  it("cancels with a reason, clears the next date and removes its queued charges", async () => {
    const sub = take(active);
    const customerBefore = (await t.api<{ customer: Customer }>("GET", `/customers/${sub.customer_id}`)).body
      .customer;
    const res = await post<{ subscription: Subscription }>(`/subscriptions/${sub.id}/cancel`, {
      cancellation_reason: "Too much coffee",
      cancellation_reason_comments: "Back in spring",
    });
    expect(res.status).toBe(200);
    expect(res.body.subscription).toMatchObject({
      status: "cancelled",
      cancellation_reason: "Too much coffee",
      cancellation_reason_comments: "Back in spring",
      next_charge_scheduled_at: null,
      has_queued_charges: false,
    });
    expect(res.body.subscription.cancelled_at).not.toBeNull();
    expect(await queuedFor(sub.id)).toEqual([]);
    const customerAfter = (await t.api<{ customer: Customer }>("GET", `/customers/${sub.customer_id}`)).body
      .customer;
    expect(customerAfter.subscriptions_active_count).toBe(customerBefore.subscriptions_active_count - 1);
  });

  it("requires cancellation_reason", async () => {
    const res = await post(`/subscriptions/${take(active).id}/cancel`, {});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { cancellation_reason: ["can't be blank"] } });
  });

  it("refuses to cancel a cancelled subscription", async () => {
    const res = await post<{ errors: Record<string, string[]> }>(
      `/subscriptions/${take(cancelled).id}/cancel`,
      { cancellation_reason: "x" },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.status).toBeDefined();
  });
});

describe("POST /subscriptions/:id/activate", () => {
  it("reactivates a cancelled subscription with a fresh queued charge", async () => {
    const sub = take(cancelled);
    const res = await post<{ subscription: Subscription }>(`/subscriptions/${sub.id}/activate`);
    expect(res.status).toBe(200);
    const updated = res.body.subscription;
    expect(updated).toMatchObject({
      status: "active",
      cancelled_at: null,
      cancellation_reason: null,
      has_queued_charges: true,
    });
    expect(updated.next_charge_scheduled_at! > daysFromNow(0)).toBe(true);
    const charges = await queuedFor(sub.id);
    expect(charges.map((c) => c.scheduled_at)).toEqual([updated.next_charge_scheduled_at]);
  });

  it("refuses to activate an active subscription", async () => {
    const res = await post<{ errors: Record<string, string[]> }>(
      `/subscriptions/${take(active).id}/activate`,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.status?.[0]).toMatch(/only a cancelled subscription/);
  });

  it("cancel then activate round-trips to one queued charge", async () => {
    const sub = take(active);
    await post(`/subscriptions/${sub.id}/cancel`, { cancellation_reason: "Moving" });
    await post(`/subscriptions/${sub.id}/activate`);
    expect(await queuedFor(sub.id)).toHaveLength(1);
  });
});
