import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AsyncBatch, Webhook } from "./store/admin-types";
import type { Charge } from "./store/charge-types";
import type { Customer, Subscription } from "./store/types";
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
    "charge/skipped",
    "charge/unskipped",
    "charge/paid",
    "charge/failed",
    "charge/refunded",
    "charge/created",
    "subscription/cancelled",
    "subscription/activated",
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
      body: { address: "https://example.com/x", topic: "order/created" },
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
    const list = await t.api<ListPage<"webhooks", Webhook>>("GET", "/webhooks?topic=order/created");
    expect(list.body.webhooks.map((w) => w.id)).toEqual([res.body.webhook.id]);
    expect((await t.api("DELETE", `/webhooks/${res.body.webhook.id}`)).status).toBe(204);
    expect((await t.api("GET", `/webhooks/${res.body.webhook.id}`)).status).toBe(404);
  });

  it.each([
    [{ address: "ftp://x", topic: "charge/paid" }, "address"],
    [{ address: "https://example.com", topic: "charges paid" }, "topic"],
    [{ topic: "charge/paid" }, "address"],
  ])("refuses %j with a field error", async (body, field) => {
    const res = await t.api<{ errors: Record<string, string[]> }>("POST", "/webhooks", { body });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });
});

describe("deliveries", () => {
  it("posts the resource's GET envelope with the topic header", async () => {
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const [delivery] = await delivered("charge/skipped");
    const current = await t.api<{ charge: Charge }>("GET", `/charges/${charge.id}`);
    expect(JSON.parse(delivery!.body)).toEqual(current.body);
    expect(delivery!.headers["content-type"]).toBe("application/json");
    expect(delivery!.headers["x-recharge-external-platform-domain"]).toBeTruthy();
  });

  it("signs each delivery both ways, verifiable with the secret", async () => {
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const [delivery] = await delivered("charge/skipped");
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
    failing = { topic: "charge/skipped", statuses: [500, 503] };
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    const attempts = await delivered("charge/skipped", 3);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
  });

  it("announces charge/paid and charge/refunded", async () => {
    const charge = await queuedCharge();
    await t.api("POST", `/charges/${charge.id}/process`, { body: {} });
    await t.api("POST", `/charges/${charge.id}/refund`, { body: { amount: "0.50" } });
    expect(JSON.parse((await delivered("charge/paid"))[0]!.body).charge.status).toBe("success");
    expect(JSON.parse((await delivered("charge/refunded"))[0]!.body).charge.total_refunds).toBe("0.50");
  });

  it("announces charge/failed for a declined payment", async () => {
    const customers = await listAll<Customer>(t, "customers");
    const declining = new Set(customers.filter((c) => c.has_payment_method_in_dunning).map((c) => c.id));
    const charges = await listAll<Charge>(t, "charges", "status=queued,error");
    const charge = charges.find((c) => declining.has(c.customer.id))!;
    await t.api("POST", `/charges/${charge.id}/process`, { body: {} });
    expect(JSON.parse((await delivered("charge/failed"))[0]!.body).charge.error).toBe(
      "Your card was declined.",
    );
  });

  it("announces charge/unskipped and the new queued charge of a skip (charge/created)", async () => {
    const charge = await queuedCharge((c) => c.line_items.length === 1);
    await t.api("POST", `/charges/${charge.id}/skip`, { body: {} });
    await delivered("charge/created");
    await t.api("POST", `/charges/${charge.id}/unskip`, { body: {} });
    expect(JSON.parse((await delivered("charge/unskipped"))[0]!.body).charge.id).toBe(charge.id);
  });

  it("announces subscription/cancelled and subscription/activated", async () => {
    const subs = await listAll<Subscription>(t, "subscriptions", "status=active");
    const sub = subs[0]!;
    await t.api("POST", `/subscriptions/${sub.id}/cancel`, { body: { cancellation_reason: "test" } });
    await t.api("POST", `/subscriptions/${sub.id}/activate`, { body: {} });
    expect(JSON.parse((await delivered("subscription/cancelled"))[0]!.body).subscription.status).toBe(
      "cancelled",
    );
    expect(JSON.parse((await delivered("subscription/activated"))[0]!.body).subscription.status).toBe(
      "active",
    );
  });

  it("announces async_batch/processed when a batch completes", async () => {
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
    expect(JSON.parse(delivery!.body).async_batch).toMatchObject({
      id: batch.id,
      status: "completed",
      success_task_count: 1,
    });
  });
});
