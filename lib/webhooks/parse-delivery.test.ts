import { describe, expect, it } from "vitest";
import { parseDelivery, type ParsedDelivery } from "./parse-delivery";

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const charge = {
  id: 42,
  customer: { id: 7, email: "a@example.com" },
  updated_at: "2025-03-01T10:00:00+00:00",
};

/** The event of a delivery that must be read. */
function event(topic: string, body: Buffer) {
  const parsed = parseDelivery(topic, body);
  if (!parsed.ok) throw new Error(`expected the delivery to be read: ${parsed.message}`);
  return parsed.event;
}

/** The field messages of a delivery that must be refused. */
function fields(parsed: ParsedDelivery) {
  if (parsed.ok) throw new Error("expected the delivery to be refused");
  return parsed.fields;
}

describe("parseDelivery", () => {
  it("reads a charge event: topic, resource, id, updated_at and the embedded customer", () => {
    expect(event("charge/paid", json({ charge }))).toMatchObject({
      topic: "charge/paid",
      resource: "charge",
      resourceId: "42",
      updatedAt: "2025-03-01T10:00:00+00:00",
      customerId: "7",
      batchType: null,
    });
  });

  it("reads subscriptions' customer_id and batches' batch_type", () => {
    const subscription = { id: 9, customer_id: 3, updated_at: null };
    expect(event("subscription/cancelled", json({ subscription }))).toMatchObject({
      resourceId: "9",
      customerId: "3",
      updatedAt: null,
    });
    const batch = { id: 5, batch_type: "discount_create", updated_at: "2025-03-01T10:00:00+00:00" };
    expect(event("async_batch/processed", json({ async_batch: batch }))).toMatchObject({
      resource: "async_batch",
      resourceId: "5",
      batchType: "discount_create",
      customerId: null,
    });
  });

  it("gives a repeated delivery the same dedupe key", () => {
    const first = event("charge/paid", json({ charge }));
    expect(event("charge/paid", json({ charge })).dedupeKey).toBe(first.dedupeKey);
  });

  it("gives different keys to another topic, another change in the same second, and bodies without updated_at", () => {
    const key = (topic: string, record: object) => event(topic, json({ charge: record })).dedupeKey;
    const base = key("charge/paid", charge);
    expect(key("charge/updated", charge)).not.toBe(base);
    expect(key("charge/paid", { ...charge, status: "refunded" })).not.toBe(base);
    expect(key("charge/paid", { id: 42 })).not.toBe(key("charge/paid", { id: 42, note: "x" }));
  });

  it("drops a hint of an unexpected shape instead of refusing a genuine delivery", () => {
    expect(event("charge/paid", json({ charge: { id: 1, customer: "seven" } })).customerId).toBeNull();
  });

  it.each([
    [null, { "X-Recharge-Topic": ["is required"] }],
    ["charge", { "X-Recharge-Topic": ["must look like resource/event, e.g. charge/paid"] }],
    ["Charge/Paid", { "X-Recharge-Topic": ["must look like resource/event, e.g. charge/paid"] }],
  ])("refuses the topic %s with 422", (topic, expected) => {
    expect(fields(parseDelivery(topic, json({ charge })))).toEqual(expected);
  });

  it("refuses a body that is not JSON, or lacks the topic's record or its id", () => {
    expect(fields(parseDelivery("charge/paid", Buffer.from("{nope")))).toEqual({
      body: ["must be valid JSON"],
    });
    expect(Object.keys(fields(parseDelivery("charge/paid", json({ order: charge }))) ?? {})).toEqual([
      "charge",
    ]);
    expect(Object.keys(fields(parseDelivery("charge/paid", json({ charge: { id: -1 } }))) ?? {})).toEqual([
      "charge.id",
    ]);
    expect(fields(parseDelivery("charge/paid", json([charge])))).toBeTruthy();
  });
});
