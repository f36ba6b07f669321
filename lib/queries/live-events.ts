import type { QueryKey } from "@tanstack/react-query";
import type { LiveEvent } from "@/lib/db/webhook-events";
import { isPulseTopic } from "@/lib/pulse/tile-topics";
import { auditQueries } from "./audit";
import { batchKeys, batchQueries } from "./batches";
import { chargeQueries } from "./charges";
import { customerQueries } from "./customers";
import { discountQueries } from "./discounts";
import { pulseKeys } from "./pulse";
import { subscriptionQueries } from "./subscriptions";

export type { LiveEvent };

/** `GET /api/events` answer: what changed after `since`, and where the next call starts. */
export interface LiveEventsPage {
  data: LiveEvent[];
  cursor: string;
}

/** Arguments for `queryClient.invalidateQueries`: a key prefix, or one exact entry. */
export interface Invalidation {
  queryKey: QueryKey;
  exact?: boolean;
}

const prefix = (queryKey: QueryKey): Invalidation => ({ queryKey });
// Exact: the customer record itself, not the address pages kept under its key.
const customer = (id: string | null): Invalidation[] =>
  id === null ? [] : [{ queryKey: customerQueries.keys.detail(id), exact: true }];

/** What else an async batch changed, by its type (recharge-api.md §6). */
function batchTargets(batchType: string | null): Invalidation[] {
  switch (batchType) {
    case "discount_create":
    case "discount_update":
    case "discount_delete":
      return [prefix(discountQueries.keys.all)];
    case "onetime_create":
    case "onetime_delete":
      // One-time products ride on queued charges.
      return [prefix(chargeQueries.keys.all)];
    default:
      // bulk_plans_* and unknown types touch nothing the dashboard shows.
      return [];
  }
}

/**
 * Recharge reports a skip or an unskip as `subscription/skipped|unskipped` (there is no
 * `charge/skipped` topic) and the payload is the subscription: the charge it was skipped in is not
 * named, so every charge view is refreshed. Skips are a person's actions, so this stays rare.
 */
function subscriptionCharges(topic: string): Invalidation[] {
  return topic === "subscription/skipped" || topic === "subscription/unskipped"
    ? [prefix(chargeQueries.keys.all)]
    : [];
}

/** The overview's tiles, when the event's topic is one that makes a tile stale (lib/pulse/tile-topics.ts). */
const pulse = (topic: string): Invalidation[] => (isPulseTopic(topic) ? [prefix(pulseKeys.all)] : []);

/**
 * The react-query entries that show the record an event is about, and nothing else: its lists (every
 * filter, embedded ones included), its detail, its audit history, and its customer's record when the
 * payload named the customer. Lists and details are prefixes, so every page and filter is covered.
 */
export function invalidationsFor(event: LiveEvent): Invalidation[] {
  const id = event.resourceId;
  switch (event.resource) {
    case "charge":
      return [
        prefix(chargeQueries.keys.lists()),
        prefix(chargeQueries.keys.detail(id)),
        prefix(auditQueries.keys.history("charge", id)),
        ...customer(event.customerId),
        ...pulse(event.topic),
      ];
    case "subscription":
      return [
        prefix(subscriptionQueries.keys.lists()),
        prefix(subscriptionQueries.keys.detail(id)),
        prefix(auditQueries.keys.history("subscription", id)),
        ...customer(event.customerId),
        ...subscriptionCharges(event.topic),
        ...pulse(event.topic),
      ];
    case "customer":
      return [prefix(customerQueries.keys.lists()), ...customer(id)];
    case "address":
      // Addresses show on their customer's page only (under the customer's key).
      return event.customerId === null ? [] : [prefix(customerQueries.keys.detail(event.customerId))];
    case "async_batch":
      return [
        prefix(batchQueries.keys.lists()),
        prefix(batchQueries.keys.detail(id)),
        prefix(batchKeys.tasks(id)),
        prefix(batchKeys.failedRows(id)),
        prefix(auditQueries.keys.history("batch", id)),
        ...batchTargets(event.batchType),
        ...pulse(event.topic),
      ];
    case "order":
      // Orders have no view of their own; a new one changes its customer's record.
      return customer(event.customerId);
    default:
      return [];
  }
}

/**
 * Past this many, per-record keys are folded into their family (`["discounts", "detail"]`): a batch
 * of thousands of discounts would otherwise mean thousands of cache scans in one poll, for records
 * that are almost never on screen.
 */
export const MAX_RECORD_INVALIDATIONS = 100;

/** The invalidations of several events, each key once; folded to families after a bulk change. */
export function invalidationsForAll(events: readonly LiveEvent[]): Invalidation[] {
  const unique = (list: Invalidation[]) => {
    const byKey = new Map<string, Invalidation>();
    for (const invalidation of list) byKey.set(JSON.stringify(invalidation), invalidation);
    return [...byKey.values()];
  };
  const all = unique(events.flatMap(invalidationsFor));
  if (all.length <= MAX_RECORD_INVALIDATIONS) return all;
  return unique(all.map((invalidation) => ({ queryKey: invalidation.queryKey.slice(0, 2) })));
}

/**
 * The poller's memory between calls: the cursor, and the events already acted on. The server may list
 * a very fresh event twice (its cursor waits for earlier inserts to settle), so ids are remembered
 * until the cursor passes them.
 */
export interface LiveEventsState {
  cursor: string | null;
  seen: Set<string>;
}

/** Takes one answer: returns the events not acted on yet and moves the state on. */
export function takeNewEvents(state: LiveEventsState, page: LiveEventsPage): LiveEvent[] {
  const cursor = BigInt(page.cursor);
  // A cursor that moved back means the event store was reset: ids start over, forget the old ones.
  if (state.cursor !== null && cursor < BigInt(state.cursor)) state.seen.clear();
  const fresh = state.cursor === null ? [] : page.data.filter((event) => !state.seen.has(event.id));
  for (const event of fresh) state.seen.add(event.id);
  state.cursor = page.cursor;
  for (const id of state.seen) if (BigInt(id) <= cursor) state.seen.delete(id);
  return fresh;
}
