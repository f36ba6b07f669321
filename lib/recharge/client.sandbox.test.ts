import "server-only";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";
import { createRechargeClient, type RechargeClient } from "./client";
import { RechargeError } from "./recharge-error";
import type { RequestEvent } from "./transport/types";

// Integration: the real client against the real sandbox (recharge-api.md behaviour), scale 0.1.
// Every list and object below passed the client's zod schemas, or the call would have thrown.

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let client: RechargeClient;
const events: RequestEvent[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 7, scale: 0.1 });
  client = createRechargeClient({
    baseUrl: sandbox.url,
    token: "sandbox_admin_token",
    onRequest: (event) => events.push(event),
  });
});
afterAll(async () => sandbox?.close());

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? null : ((await response.json()) as unknown);
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("expected a RechargeError"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(RechargeError);
      return error as RechargeError;
    },
  );

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("client against the sandbox — reads", () => {
  it("reads a subscription with its customer and address included in the same call", async () => {
    const { items } = await client.subscriptions.list({ status: "active", limit: 1 });
    const subscription = items[0]!;
    const before = events.length;
    const withRelations = await client.subscriptions.getWithRelations(subscription.id);
    expect(events.length - before).toBe(1);
    const customer = await client.customers.get(subscription.customer_id);
    expect(withRelations.include?.customer).toMatchObject({ id: customer.id, email: customer.email });
    expect(withRelations.include?.address).toMatchObject({
      id: subscription.address_id,
      customer_id: subscription.customer_id,
    });
    expect(withRelations.include?.address?.address1).toBeTruthy();
  });

  it("pages customers forward and back with cursors, and gets one", async () => {
    const first = await client.customers.list({ limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.previousCursor).toBeNull();
    expect(first.nextCursor).not.toBeNull();
    const second = await client.customers.list({ cursor: first.nextCursor ?? "", limit: 5 });
    expect(second.items.map((c) => c.id)).not.toContain(first.items[0]?.id);
    const back = await client.customers.list({ cursor: second.previousCursor ?? "", limit: 5 });
    expect(back.items.map((c) => c.id)).toEqual(first.items.map((c) => c.id));
    const one = await client.customers.get(first.items[0]?.id ?? 0);
    expect(one).toEqual(first.items[0]);
  });

  it("lists a customer's addresses", async () => {
    const { items: subscriptions } = await client.subscriptions.list({ limit: 1 });
    const customerId = subscriptions[0]?.customer_id ?? 0;
    const { items } = await client.addresses.list({ customer_id: customerId });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((address) => address.customer_id === customerId)).toBe(true);
  });

  it("lists and gets subscriptions with filters and sort", async () => {
    const page = await client.subscriptions.list({ status: "active", sort_by: "created_at-asc", limit: 20 });
    expect(page.items.every((s) => s.status === "active")).toBe(true);
    const created = page.items.map((s) => s.created_at);
    expect([...created].sort()).toEqual(created);
    const first = page.items[0];
    expect(await client.subscriptions.get(first?.id ?? 0)).toEqual(first);
  });

  it("lists and gets charges, walking several pages", async () => {
    const seen = new Set<number>();
    let cursor: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const result = await client.charges.list(cursor ? { cursor, limit: 50 } : { limit: 50 });
      for (const charge of result.items) {
        expect(seen.has(charge.id)).toBe(false);
        seen.add(charge.id);
      }
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(seen.size).toBeGreaterThan(50);
    const queued = await client.charges.list({ status: "queued", limit: 3 });
    expect(queued.items.every((c) => c.status === "queued")).toBe(true);
    const first = queued.items[0];
    expect(await client.charges.get(first?.id ?? 0)).toEqual(first);
  });

  it("lists and gets orders", async () => {
    const { items } = await client.orders.list({ limit: 10 });
    expect(items.length).toBeGreaterThan(0);
    expect(await client.orders.get(items[0]?.id ?? 0)).toEqual(items[0]);
  });

  it("lists and gets discounts", async () => {
    const { items } = await client.discounts.list({ status: "enabled", limit: 10 });
    expect(items.length).toBeGreaterThan(0);
    expect(await client.discounts.get(items[0]?.id ?? 0)).toEqual(items[0]);
  });

  it("turns a 404 into an http RechargeError", async () => {
    const error = await failure(client.charges.get(999_999_999));
    expect(error).toMatchObject({ kind: "http", status: 404 });
  });

  it("reads the sandbox's 422 for a tampered cursor as a cursor field error", async () => {
    const error = await failure(client.charges.list({ cursor: "not-a-real-cursor" }));
    expect(error).toMatchObject({ kind: "http", status: 422 });
    expect(error.fieldErrors.cursor?.length).toBeGreaterThan(0);
  });
});

describe("client against the sandbox — actions", () => {
  it("skips and unskips a queued charge's item", async () => {
    const { items } = await client.charges.list({ status: "queued", limit: 50 });
    const charge = items.find((c) => c.line_items.length === 1);
    if (!charge) throw new Error("no single-item queued charge in the seed");
    const ids = charge.line_items.map((item) => item.purchase_item_id);
    const skipped = await client.charges.skip(charge.id, { purchase_item_ids: ids });
    expect(skipped.data.status).toBe("skipped");
    expect(skipped.meta.status).toBe(200);
    const unskipped = await client.charges.unskip(charge.id, { purchase_item_ids: ids });
    expect(unskipped.data.status).toBe("queued");
  });

  it("processes a queued charge and refunds part of it", async () => {
    const { items } = await client.charges.list({ status: "queued", limit: 50 });
    const charge = items.find((c) => Number(c.total_price) > 2);
    if (!charge) throw new Error("no queued charge above 2.00");
    const processed = await client.charges.process(charge.id);
    expect(["success", "error"]).toContain(processed.data.status);
    const { items: paid } = await client.charges.list({ status: "success", limit: 10 });
    const target = paid.find((c) => Number(c.total_price) - Number(c.total_refunds ?? 0) > 1);
    if (!target) throw new Error("no refundable charge");
    const refunded = await client.charges.refund(target.id, { amount: "1.00" });
    expect(refunded.data.status).toBe("partially_refunded");
  });

  it("moves a subscription's next charge date, cancels and reactivates it", async () => {
    const { items } = await client.subscriptions.list({ status: "active", limit: 20 });
    const subscription = items.find((s) => s.next_charge_scheduled_at !== null);
    if (!subscription) throw new Error("no active subscription with a next charge");
    const date = inDays(45);
    const moved = await client.subscriptions.setNextChargeDate(subscription.id, { date });
    expect(moved.data.next_charge_scheduled_at).toBe(date);
    const cancelled = await client.subscriptions.cancel(subscription.id, {
      cancellation_reason: "integration test",
    });
    expect(cancelled.data.status).toBe("cancelled");
    const activated = await client.subscriptions.activate(subscription.id);
    expect(activated.data.status).toBe("active");
  });

  it("reads the sandbox's 422 for a past date as a field error", async () => {
    const { items } = await client.subscriptions.list({ status: "active", limit: 1 });
    const error = await failure(
      client.subscriptions.setNextChargeDate(items[0]?.id ?? 0, { date: "2001-01-01" }),
    );
    expect(error).toMatchObject({ kind: "http", status: 422, outcomeUnknown: false, attempts: 1 });
    expect(error.fieldErrors.date?.length).toBeGreaterThan(0);
  });

  it("creates, updates and deletes a discount", async () => {
    const code = `IT-${Date.now()}`;
    const created = await client.discounts.create({ code, value: "10", value_type: "percentage" });
    expect(created.data.code).toBe(code);
    expect(created.meta.status).toBe(201);
    const updated = await client.discounts.update(created.data.id, { value: "15" });
    expect(Number(updated.data.value)).toBe(15);
    const deleted = await client.discounts.delete(created.data.id);
    expect(deleted).toMatchObject({ data: null, meta: { status: 204 } });
    expect((await failure(client.discounts.get(created.data.id))).status).toBe(404);
  });

  it("runs an async batch: create, add tasks, process, poll, list tasks", async () => {
    const batch = await client.asyncBatches.create({ batch_type: "discount_create" });
    expect(batch.meta.status).toBe(201);
    const tasks = [`B1-${Date.now()}`, `B2-${Date.now()}`].map((code) => ({
      body: { code, value: "5", value_type: "percentage" },
    }));
    const added = await client.asyncBatches.addTasks(batch.data.id, { tasks });
    expect(added.meta.status).toBeLessThan(300);
    await client.asyncBatches.process(batch.data.id);
    let current = await client.asyncBatches.get(batch.data.id);
    for (let i = 0; i < 100 && !["completed", "failed"].includes(current.status); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await client.asyncBatches.get(batch.data.id);
    }
    expect(current.status).toBe("completed");
    expect(current.success_task_count).toBe(2);
    const listed = await client.asyncBatches.listTasks(batch.data.id, { limit: 10 });
    expect(listed.items).toHaveLength(2);
    expect(listed.items.every((task) => task.result?.status_code !== undefined)).toBe(true);
    const { items: batches } = await client.asyncBatches.list({ limit: 5 });
    expect(batches.map((b) => b.id)).toContain(batch.data.id);
  });

  it("gets a 403 for a write with the read-only token", async () => {
    const readonly = createRechargeClient({ baseUrl: sandbox.url, token: "sandbox_readonly_token" });
    const { items } = await readonly.subscriptions.list({ status: "active", limit: 1 });
    const error = await failure(readonly.subscriptions.activate(items[0]?.id ?? 0));
    expect(error).toMatchObject({ kind: "http", status: 403, attempts: 1, outcomeUnknown: false });
  });
});

describe("client against the sandbox — faults and limits", () => {
  interface Logged {
    method: string;
    path: string;
    status: number;
    request_id: string;
    token: string | null;
  }
  const logged = async (method: string, path: string) =>
    ((await control("GET", `/__sandbox/requests?method=${method}&path=${path}`)) as { requests: Logged[] })
      .requests;

  it("retries a read through an injected 503, sending the token each time", async () => {
    await control("DELETE", "/__sandbox/requests");
    await control("POST", "/__sandbox/faults", { method: "GET", path: "/discounts", status: 503, times: 1 });
    await expect(client.discounts.list({ limit: 1 })).resolves.toMatchObject({ items: expect.any(Array) });
    const log = await logged("GET", "/discounts");
    expect(log.map((entry) => entry.status)).toEqual([503, 200]);
    // The sandbox logs which token (by label) authenticated each call.
    expect(log.map((entry) => entry.token)).toEqual(["admin", "admin"]);
  });

  it("sends a mutation once through an injected 500, with the upstream request id", async () => {
    await control("DELETE", "/__sandbox/requests");
    const { items } = await client.subscriptions.list({ status: "active", limit: 1 });
    const path = `/subscriptions/${items[0]?.id ?? 0}/activate`;
    await control("POST", "/__sandbox/faults", { method: "POST", path, status: 500, times: 1 });
    const error = await failure(client.subscriptions.activate(items[0]?.id ?? 0));
    expect(error).toMatchObject({ kind: "http", status: 500, attempts: 1, outcomeUnknown: true });
    const log = await logged("POST", path);
    expect(log).toHaveLength(1);
    expect(error.requestId).toBe(log[0]?.request_id);
  });

  it("reports a slow mutation as a timeout with an unknown outcome, sent once", async () => {
    await control("DELETE", "/__sandbox/requests");
    const impatient = createRechargeClient({
      baseUrl: sandbox.url,
      token: "sandbox_admin_token",
      timeoutMs: 200,
    });
    const { items } = await impatient.charges.list({ status: "queued", limit: 1 });
    const id = items[0]?.id ?? 0;
    await control("POST", "/__sandbox/faults", {
      method: "POST",
      path: `/charges/${id}/process`,
      delay_ms: 600,
      times: 1,
    });
    const error = await failure(impatient.charges.process(id));
    expect(error).toMatchObject({ kind: "timeout", status: 0, attempts: 1, outcomeUnknown: true });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await logged("POST", `/charges/${id}/process`)).toHaveLength(1);
    await control("DELETE", "/__sandbox/faults");
  });

  it("keeps a burst under the sandbox's bucket: the limiter waits, nothing meets a 429", async () => {
    const small = await startSandbox({ port: 0, seed: 1, scale: 0.1, bucketSize: 5, leakRate: 20 });
    try {
      const seen: RequestEvent[] = [];
      const limited = createRechargeClient({
        baseUrl: small.url,
        token: "sandbox_admin_token",
        limiter: { capacity: 5, leakPerSecond: 20 },
        onRequest: (event) => seen.push(event),
      });
      const pages = await Promise.all(Array.from({ length: 20 }, () => limited.discounts.list({ limit: 1 })));
      expect(pages).toHaveLength(20);
      expect(seen.filter((event) => event.status === 429)).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it("never met a 429 during the whole run", () => {
    expect(events.filter((event) => event.status === 429)).toEqual([]);
  });
});
