import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AsyncBatch, Webhook } from "./store/admin-types";
import type { Charge } from "./store/charge-types";
import type { Customer, Subscription } from "./store/types";
import { WEBHOOK_TOPICS } from "./webhooks/topics";
import { eventually, listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

const SECRET = "test_webhook_secret";

interface Delivery {
  topic: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let t: TestSandbox;
let receiver: Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
/** Statuses the receiver answers deliveries of `failing.topic` with, in order; 200 once they run out. */
let failing: { topic: string; statuses: number[] } = { topic: "", statuses: [] };

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const topic = String(request.headers["x-recharge-topic"]);
      deliveries.push({ topic, headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead((topic === failing.topic ? failing.statuses.shift() : undefined) ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  t = await startTestSandbox({ scale: 0.1, webhookSecret: SECRET, batchRate: 500 });
  for (const topic of [
    "subscription/skipped",
    "subscription/unskipped",
    "subscription/updated",
    "subscription/cancelled",
    "subscription/activated",
    "charge/paid",
    "charge/failed",
    "charge/refunded",
    "charge/created",
    "charge/updated",
    "charge/deleted",
    "order/created",
    "address/updated",
    "customer/activated",
    "customer/deactivated",
    "async_batch/processed",
  ]) {
    expect((await t.api("POST", "/webhooks", { body: { address: receiverUrl, topic } })).status).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
  deliveries.length = 0;
  failing = { topic: "", statuses: [] };
});

const delivered = (topic: string, count = 1) =>
  eventually(async () => {
    const found = deliveries.filter((d) => d.topic === topic);
    return found.length >= count ? found : undefined;
  });
async function queuedCharge(predicate: (c: Charge) => boolean = () => true): Promise<Charge> {
  const customers = await listAll<Customer>(t, "customers");
  const declining = new Set(customers.filter((c) => c.has_payment_method_in_dunning).map((c) => c.id));
  const charges = await listAll<Charge>(t, "charges", "status=queued");
  return charges.find((c) => !declining.has(c.customer.id) && predicate(c))!;
}

describe("webhook registration", () => {
  it("POST /webhooks creates a webhook (201) that GET lists and DELETE removes", async () => {
    const res = await t.api<{ webhook: Webhook }>("POST", "/webhooks", {
      body: { address: "https://example.com/x", topic: "order/processed" },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.webhook)).toEqual([
      "id",
      "address",
      "created_at",
      "included_objects",
      "topic",
      "updated_at",
      "version",
    ]);
    expect(
      (await t.api<{ webhook: Webhook }>("GET", `/webhooks/${res.body.webhook.id}`)).body.webhook,
    ).toEqual(res.body.webhook);
    const list = await t.api<ListPage<"webhooks", Webhook>>("GET", "/webhooks?topic=order/processed");
    expect(list.body.webhooks.map((w) => w.id)).toEqual([res.body.webhook.id]);
    expect((await t.api("DELETE", `/webhooks/${res.body.webhook.id}`)).status).toBe(204);
    expect((await t.api("GET", `/webhooks/${res.body.webhook.id}`)).status).toBe(404);
  });

  it.each([
    [{ address: "ftp://x", topic: "charge/paid" }, "address"],
    [{ address: "https://example.com", topic: "charges paid" }, "topic"],
    [{ topic: "charge/paid" }, "address"],
    [{ address: "https://example.com" }, "topic"],
  ])("refuses %j with a field error", async (body, field) => {
    const res = await t.api<{ errors: Record<string, string[]> }>("POST", "/webhooks", { body });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it.each(["charge/skipped", "charge/unskipped", "discount/created", "discount/updated", "discount/deleted"])(
    "refuses the undocumented topic %s with 422",
    async (topic) => {
      const res = await t.api("POST", "/webhooks", { body: { address: receiverUrl, topic } });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ errors: { topic: [`${topic} is not a valid topic`] } });
    },
  );

  it.each([
    ["charge/paid", "customer", "customer is not supported by the sandbox"],
    ["charge/paid", "subscriptions", "subscriptions is not a valid included_object for charge webhooks"],
  ])("refuses included_objects on %s: %s", async (topic, value, message) => {
    const res = await t.api("POST", "/webhooks", {
      body: { address: receiverUrl, topic, included_objects: [value] },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { included_objects: [message] } });
  });

  it("accepts every documented topic", async () => {
    for (const topic of WEBHOOK_TOPICS) {
      const res = await t.api<{ webhook: Webhook }>("POST", "/webhooks", {
        body: { address: "https://example.com/x", topic },
      });
      expect(res.status, topic).toBe(201);
      expect((await t.api("DELETE", `/webhooks/${res.body.webhook.id}`)).status).toBe(204);
    }
  });
});

const payload = <T>(delivery: Delivery) => JSON.parse(delivery.body) as T;
const topicsDelivered = () => new Set(deliveries.map((d) => d.topic));

describe("deliveries", () => {
  it("a skip posts subscription/skipped with the subscription's GET envelope and the topic header", async () => {
    const charge = await queuedCharge((c) => c.line_items.length === 1);
    const subId = charge.line_items[0]!.purchase_item_id;
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const [delivery] = await delivered("subscription/skipped");
    const current = await t.api<{ subscription: Subscription }>("GET", `/subscriptions/${subId}`);
    expect(JSON.parse(delivery!.body)).toEqual(current.body);
    expect(delivery!.headers["content-type"]).toBe("application/json");
    expect(delivery!.headers["x-recharge-topic"]).toBe("subscription/skipped");
    expect(delivery!.headers["x-recharge-external-platform-domain"]).toBeTruthy();
  });

  it("signs each delivery both ways, verifiable with the secret", async () => {
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const [delivery] = await delivered("subscription/skipped");
    const { body, headers } = delivery!;
    expect(headers["x-recharge-hmac-sha256"]).toBe(
      createHash("sha256")
        .update(SECRET + body)
        .digest("hex"),
    );
    const timestamp = Number(headers["x-recharge-webhook-timestamp"]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
    const expected = createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex");
    expect(headers["x-recharge-webhook-signature"]).toBe(`t=${timestamp},v1=${expected}`);
  });

  it("retries after a non-2xx answer with the same body", async () => {
    failing = { topic: "subscription/skipped", statuses: [500, 503] };
    const charge = await queuedCharge((c) => c.line_items.length === 1);
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const attempts = await delivered("subscription/skipped", 3);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
  });

  it("a skip and an unskip announce one subscription event each and no charge event", async () => {
    const charge = await queuedCharge((c) => c.line_items.length === 1);
    const subId = charge.line_items[0]!.purchase_item_id;
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    await delivered("subscription/skipped");
    await t.api("POST", `/charges/${charge.id}/unskip`, { body: {} });
    const [unskipped] = await delivered("subscription/unskipped");
    expect(payload<{ subscription: Subscription }>(unskipped!).subscription).toMatchObject({
      id: subId,
      next_charge_scheduled_at: charge.scheduled_at,
    });
    // charge/created is for checkouts only (api-reference-2021-11.txt:660); a skip creates no topic of its own.
    expect(topicsDelivered()).toEqual(new Set(["subscription/skipped", "subscription/unskipped"]));
  });

  it("skipping some of a charge's items announces the repriced charge (charge/updated)", async () => {
    const charge = await queuedCharge((c) => c.line_items.length > 1);
    const [item] = charge.line_items;
    await t.api("POST", `/charges/${charge.id}/skip`, {
      body: { purchase_item_ids: [item!.purchase_item_id] },
    });
    const [updated] = await delivered("charge/updated");
    expect(payload<{ charge: Charge }>(updated!).charge).toMatchObject({
      id: charge.id,
      line_items: charge.line_items.slice(1),
    });
    const [skipped] = await delivered("subscription/skipped");
    expect(payload<{ subscription: Subscription }>(skipped!).subscription.id).toBe(item!.purchase_item_id);
  });

  it("announces charge/paid, order/created and charge/refunded", async () => {
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/process`, { body: {} });
    await t.api("POST", `/charges/${charge.id}/refund`, { body: { amount: "0.50" } });
    expect(payload<{ charge: Charge }>((await delivered("charge/paid"))[0]!).charge.status).toBe("success");
    expect(
      payload<{ order: { charge: { id: number } } }>((await delivered("order/created"))[0]!).order.charge.id,
    ).toBe(charge.id);
    expect(payload<{ charge: Charge }>((await delivered("charge/refunded"))[0]!).charge.total_refunds).toBe(
      "0.50",
    );
  });

  it("announces charge/failed for a declined payment", async () => {
    const customers = await listAll<Customer>(t, "customers");
    const declining = new Set(customers.filter((c) => c.has_payment_method_in_dunning).map((c) => c.id));
    const charges = await listAll<Charge>(t, "charges", "status=queued,error");
    const charge = charges.find((c) => declining.has(c.customer.id))!;
    await t.api("POST", `/charges/${charge.id}/process`, { body: {} });
    expect(payload<{ charge: Charge }>((await delivered("charge/failed"))[0]!).charge.error).toBe(
      "Your card was declined.",
    );
  });

  it("set_next_charge_date announces subscription/updated and the moved charge (charge/updated)", async () => {
    const charge = await queuedCharge((c) => c.line_items.length === 1);
    const subId = charge.line_items[0]!.purchase_item_id;
    const date = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await t.api("POST", `/subscriptions/${subId}/set_next_charge_date`, { body: { date } });
    const [subscription] = await delivered("subscription/updated");
    expect(payload<{ subscription: Subscription }>(subscription!).subscription.next_charge_scheduled_at).toBe(
      date,
    );
    const [moved] = await delivered("charge/updated");
    expect(payload<{ charge: Charge }>(moved!).charge).toMatchObject({ id: charge.id, scheduled_at: date });
  });

  it("cancel and activate announce the subscription, its address, the deleted charge and the customer", async () => {
    const active = await listAll<Subscription>(t, "subscriptions", "status=active");
    const perCustomer = new Map<number, number>();
    for (const sub of active) perCustomer.set(sub.customer_id, (perCustomer.get(sub.customer_id) ?? 0) + 1);
    const sub = active.find((s) => perCustomer.get(s.customer_id) === 1)!;
    const [queued] = (
      await t.api<ListPage<"charges", Charge>>("GET", `/charges?status=queued&purchase_item_id=${sub.id}`)
    ).body.charges;

    await t.api("POST", `/subscriptions/${sub.id}/cancel`, { body: { cancellation_reason: "test" } });
    expect(
      payload<{ subscription: Subscription }>((await delivered("subscription/cancelled"))[0]!).subscription
        .status,
    ).toBe("cancelled");
    expect(payload<{ address: { id: number } }>((await delivered("address/updated"))[0]!).address.id).toBe(
      sub.address_id,
    );
    expect(
      payload<{ customer: Customer }>((await delivered("customer/deactivated"))[0]!).customer,
    ).toMatchObject({
      id: sub.customer_id,
      subscriptions_active_count: 0,
    });
    if (queued!.line_items.length === 1)
      expect(payload<{ charge: Charge }>((await delivered("charge/deleted"))[0]!).charge.id).toBe(queued!.id);

    await t.api("POST", `/subscriptions/${sub.id}/activate`, { body: {} });
    expect(
      payload<{ subscription: Subscription }>((await delivered("subscription/activated"))[0]!).subscription
        .status,
    ).toBe("active");
    expect(
      payload<{ customer: Customer }>((await delivered("customer/activated"))[0]!).customer,
    ).toMatchObject({
      id: sub.customer_id,
      subscriptions_active_count: 1,
    });
    await delivered("address/updated", 2);
  });

  it("announces async_batch/processed when a batch completes, and nothing for the discounts it made", async () => {
    const batch = (
      await t.api<{ async_batch: AsyncBatch }>("POST", "/async_batches", {
        body: { batch_type: "discount_create" },
      })
    ).body.async_batch;
    await t.api("POST", `/async_batches/${batch.id}/tasks`, {
      body: { tasks: [{ body: { code: "HOOKED", value: "5", value_type: "percentage" } }] },
    });
    await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
    const [delivery] = await delivered("async_batch/processed");
    expect(payload<{ async_batch: AsyncBatch }>(delivery!).async_batch).toMatchObject({
      id: batch.id,
      status: "completed",
      success_task_count: 1,
    });
    expect(topicsDelivered()).toEqual(new Set(["async_batch/processed"]));
  });
});
