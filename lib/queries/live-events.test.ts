import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { batchKeys, batchQueries } from "./batches";
import { chargeQueries } from "./charges";
import { customerQueries } from "./customers";
import { discountQueries } from "./discounts";
import {
  invalidationsFor,
  invalidationsForAll,
  takeNewEvents,
  type LiveEvent,
  type LiveEventsState,
} from "./live-events";
import { pulseKeys } from "./pulse";
import { subscriptionQueries } from "./subscriptions";

const event = (overrides: Partial<LiveEvent>): LiveEvent => ({
  id: "1",
  topic: "charge/paid",
  resource: "charge",
  resourceId: "42",
  customerId: null,
  batchType: null,
  updatedAt: null,
  receivedAt: "2025-01-01T00:00:00.000Z",
  actorEmail: null,
  actorName: null,
  ...overrides,
});

/** Which of these cached keys an event marks stale, through a real QueryClient's matching. */
function invalidated(liveEvent: LiveEvent, keys: readonly (readonly unknown[])[]): string[] {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData([...key], { cached: true });
  for (const filter of invalidationsFor(liveEvent)) void client.invalidateQueries(filter);
  return keys
    .filter((key) => client.getQueryState([...key])?.isInvalidated)
    .map((key) => JSON.stringify(key));
}

const cache = [
  chargeQueries.keys.list("status=queued"),
  chargeQueries.keys.list("customer_id=7&sort_by=scheduled_at-asc"),
  chargeQueries.keys.detail(42),
  chargeQueries.keys.detail(43),
  customerQueries.keys.detail(7),
  customerQueries.keys.detail(8),
  customerQueries.keys.addresses(7, "limit=25"),
  customerQueries.keys.list(""),
  subscriptionQueries.keys.list("customer_id=7"),
  subscriptionQueries.keys.detail(42),
  subscriptionQueries.keys.detail(9),
  discountQueries.keys.list(""),
  discountQueries.keys.detail(42),
  batchQueries.keys.list(""),
  batchQueries.keys.detail(5),
  [...batchKeys.tasks("5"), "status=failed"],
  batchKeys.failedRows("5"),
  batchQueries.keys.detail(6),
  [...batchKeys.tasks("6"), ""],
  ["audit", "history", "charge", "42"],
  ["audit", "history", "subscription", "42"],
  ["audit", "list", ""],
] as const;
const key = (value: readonly unknown[]) => JSON.stringify(value);

describe("invalidationsFor", () => {
  it("a charge event: every charge list, that charge, its history and its customer's record, nothing else", () => {
    expect(invalidated(event({ customerId: "7" }), cache)).toEqual([
      key(chargeQueries.keys.list("status=queued")),
      key(chargeQueries.keys.list("customer_id=7&sort_by=scheduled_at-asc")),
      key(chargeQueries.keys.detail(42)),
      key(customerQueries.keys.detail(7)),
      key(["audit", "history", "charge", "42"]),
    ]);
  });

  it("a charge event without a customer leaves every customer entry alone", () => {
    expect(invalidated(event({}), cache).filter((k) => k.includes("customers"))).toEqual([]);
  });

  it("a subscription event: subscription lists, that subscription, its history and its customer", () => {
    const subscription = event({
      topic: "subscription/cancelled",
      resource: "subscription",
      customerId: "7",
    });
    expect(invalidated(subscription, cache)).toEqual([
      key(customerQueries.keys.detail(7)),
      key(subscriptionQueries.keys.list("customer_id=7")),
      key(subscriptionQueries.keys.detail(42)),
      key(["audit", "history", "subscription", "42"]),
    ]);
  });

  it("a subscription skipped or unskipped within a charge also refreshes every charge view", () => {
    // Recharge has no charge/skipped topic: the skip arrives as the subscription's event.
    const skipped = event({ topic: "subscription/skipped", resource: "subscription", customerId: "7" });
    expect(invalidated(skipped, cache)).toEqual([
      key(chargeQueries.keys.list("status=queued")),
      key(chargeQueries.keys.list("customer_id=7&sort_by=scheduled_at-asc")),
      key(chargeQueries.keys.detail(42)),
      key(chargeQueries.keys.detail(43)),
      key(customerQueries.keys.detail(7)),
      key(subscriptionQueries.keys.list("customer_id=7")),
      key(subscriptionQueries.keys.detail(42)),
      key(["audit", "history", "subscription", "42"]),
    ]);
  });

  it("a customer event: customer lists and that customer; an address event: its customer and addresses", () => {
    expect(
      invalidated(event({ topic: "customer/updated", resource: "customer", resourceId: "7" }), cache),
    ).toEqual([key(customerQueries.keys.detail(7)), key(customerQueries.keys.list(""))]);
    expect(
      invalidated(
        event({ topic: "address/updated", resource: "address", resourceId: "99", customerId: "7" }),
        cache,
      ),
    ).toEqual([key(customerQueries.keys.detail(7)), key(customerQueries.keys.addresses(7, "limit=25"))]);
  });

  it("a finished discount batch: batch lists, that batch, its tasks and failed rows, every discount view", () => {
    const batch = event({
      topic: "async_batch/processed",
      resource: "async_batch",
      resourceId: "5",
      batchType: "discount_create",
    });
    expect(invalidated(batch, cache)).toEqual([
      key(discountQueries.keys.list("")),
      key(discountQueries.keys.detail(42)),
      key(batchQueries.keys.list("")),
      key(batchQueries.keys.detail(5)),
      key([...batchKeys.tasks("5"), "status=failed"]),
      key(batchKeys.failedRows("5")),
    ]);
  });

  it("a batch of a type the dashboard does not show touches only the batch (and the overview's batches tile)", () => {
    const keys = invalidationsFor(
      event({
        topic: "async_batch/processed",
        resource: "async_batch",
        resourceId: "5",
        batchType: "bulk_plans_create",
      }),
    ).map((filter) => filter.queryKey[0]);
    expect(new Set(keys)).toEqual(new Set(["batches", "audit", "pulse"]));
  });

  it("refreshes the overview's tiles on the topics that make them stale, and only on those", () => {
    const pulse = (liveEvent: LiveEvent) =>
      invalidationsFor(liveEvent).some((filter) => key(filter.queryKey) === key(pulseKeys.all));
    expect(pulse(event({ topic: "charge/failed" }))).toBe(true);
    expect(pulse(event({ topic: "subscription/skipped", resource: "subscription" }))).toBe(true);
    expect(pulse(event({ topic: "subscription/cancelled", resource: "subscription" }))).toBe(true);
    expect(pulse(event({ topic: "customer/updated", resource: "customer" }))).toBe(false);
    expect(pulse(event({ topic: "order/created", resource: "order", customerId: "7" }))).toBe(false);
  });

  it("an order event refreshes only its customer's record; unknown resources nothing", () => {
    expect(invalidated(event({ resource: "order", customerId: "7" }), cache)).toEqual([
      key(customerQueries.keys.detail(7)),
    ]);
    expect(invalidationsFor(event({ topic: "plan/updated", resource: "plan" }))).toEqual([]);
  });

  it("merges the invalidations of many events, each key once", () => {
    const all = invalidationsForAll([event({ id: "1" }), event({ id: "2" }), event({ resourceId: "43" })]);
    expect(all.filter((filter) => key(filter.queryKey) === key(["charges", "list"]))).toHaveLength(1);
    expect(all.map((filter) => key(filter.queryKey))).toContain(key(chargeQueries.keys.detail(43)));
  });
});

describe("invalidationsForAll after a bulk change", () => {
  it("folds thousands of records into their families, so one poll stays cheap", () => {
    const charges = Array.from({ length: 2000 }, (_, index) =>
      event({
        id: String(index),
        topic: "charge/updated",
        resourceId: String(index),
        customerId: String(index),
      }),
    );
    const all = invalidationsForAll([...charges, event({ id: "9999", resource: "subscription" })]);
    expect(all.length).toBeLessThan(10);
    expect(all.map((filter) => key(filter.queryKey))).toEqual(
      expect.arrayContaining([
        key(["charges", "list"]),
        key(["charges", "detail"]),
        key(["customers", "detail"]),
        key(["subscriptions", "detail"]),
      ]),
    );
    expect(all.every((filter) => !filter.exact)).toBe(true);
  });
});

describe("takeNewEvents", () => {
  const state = (): LiveEventsState => ({ cursor: null, seen: new Set() });

  it("starts from the first answer's cursor without acting on anything", () => {
    const s = state();
    expect(takeNewEvents(s, { data: [event({ id: "3" })], cursor: "3" })).toEqual([]);
    expect(s.cursor).toBe("3");
  });

  it("acts on an event listed twice (while the server's cursor waits) only once", () => {
    const s: LiveEventsState = { cursor: "3", seen: new Set() };
    expect(takeNewEvents(s, { data: [event({ id: "4" })], cursor: "3" }).map((e) => e.id)).toEqual(["4"]);
    expect(takeNewEvents(s, { data: [event({ id: "4" }), event({ id: "5" })], cursor: "3" })).toEqual([
      event({ id: "5" }),
    ]);
    expect(takeNewEvents(s, { data: [event({ id: "4" }), event({ id: "5" })], cursor: "5" })).toEqual([]);
    expect(s.seen.size).toBe(0);
  });

  it("forgets remembered ids when the cursor moves back (the event store was reset)", () => {
    const s: LiveEventsState = { cursor: "10", seen: new Set(["12"]) };
    takeNewEvents(s, { data: [], cursor: "2" });
    expect(s.seen.size).toBe(0);
    expect(takeNewEvents(s, { data: [event({ id: "12" })], cursor: "12" })).toHaveLength(1);
  });
});
