import { describe, expect, it } from "vitest";
import type { WebhookEvent } from "@/lib/webhooks/parse-delivery";
import type { Db } from "./types";
import { insertAuditEntry, type AuditEntry } from "./audit-log";
import { insertOperatorIfAbsent } from "./operators";
import { MAX_WEBHOOK_AGE_SECONDS } from "@/lib/webhooks/verify-signature";
import {
  ACTOR_WINDOW_SECONDS,
  RECHARGE_RETRY_DAYS,
  WEBHOOK_EVENT_RETENTION_DAYS,
  listWebhookEventsSince,
  pruneWebhookEvents,
  recordWebhookEvent,
} from "./webhook-events";

let serial = 0;
function event(overrides: Partial<WebhookEvent> = {}): WebhookEvent {
  serial += 1;
  return {
    dedupeKey: `contract-${serial}`,
    topic: "charge/paid",
    resource: "charge",
    resourceId: String(1000 + serial),
    updatedAt: "2025-01-01T00:00:00+00:00",
    customerId: "7",
    batchType: null,
    ...overrides,
  };
}

/** Makes every stored event look `seconds` old. */
async function age(db: Db, seconds: number): Promise<void> {
  await db.query("UPDATE webhook_events SET received_at = now() - $1::int * interval '1 second'", [seconds]);
}

function audited(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    operatorEmail: "contract-agent@example.com",
    operatorRole: "agent",
    action: "charges.skip",
    targetType: "charge",
    targetId: null,
    request: null,
    reason: null,
    idempotencyKey: null,
    outcome: "succeeded",
    httpStatus: 200,
    errorCode: null,
    errorMessage: null,
    upstreamStatus: 200,
    upstreamRequestId: null,
    durationMs: 5,
    ...overrides,
  };
}

/** Webhook events on either driver; runs inside describeDatabaseContract once its migrations ran. */
export function describeWebhookEventsContract(database: () => Db) {
  describe("webhook events", () => {
    it("stores a delivery once, however often and however concurrently it repeats", async () => {
      const db = database();
      const repeated = event({ dedupeKey: "charge/paid:1:t:digest" });
      const results = await Promise.all(Array.from({ length: 10 }, () => recordWebhookEvent(db, repeated)));
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      expect(results.filter((result) => result.duplicate && result.id === null)).toHaveLength(9);
      const rows = await db.query("SELECT 1 FROM webhook_events WHERE dedupe_key = $1", [repeated.dedupeKey]);
      expect(rows).toHaveLength(1);
    });

    it("lists events after a cursor, oldest first, and starts a new reader at the newest settled one", async () => {
      const db = database();
      await db.query("DELETE FROM webhook_events");
      const start = await listWebhookEventsSince(db, null, 200);
      const a = await recordWebhookEvent(db, event({ customerId: null }));
      const b = await recordWebhookEvent(
        db,
        event({
          topic: "async_batch/processed",
          resource: "async_batch",
          customerId: null,
          batchType: "discount_create",
        }),
      );
      await age(db, 60);
      const page = await listWebhookEventsSince(db, start.cursor, 200);
      expect(page.events.map((e) => e.id)).toEqual([a.id, b.id]);
      expect(page.cursor).toBe(b.id);
      expect(page.events[1]).toMatchObject({
        topic: "async_batch/processed",
        resource: "async_batch",
        batchType: "discount_create",
        updatedAt: "2025-01-01T00:00:00+00:00",
      });
      expect(page.events[0]!.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Object.keys(page.events[0]!)).not.toContain("dedupeKey");
      expect(await listWebhookEventsSince(db, null, 200)).toEqual({ events: [], cursor: b.id });
      expect(await listWebhookEventsSince(db, b.id!, 200)).toEqual({ events: [], cursor: b.id });
    });

    it("holds the cursor before events too fresh to be sure no earlier one is still committing", async () => {
      const db = database();
      await age(db, 60);
      const { cursor: settled } = await listWebhookEventsSince(db, null, 200);
      const fresh = await recordWebhookEvent(db, event());
      const first = await listWebhookEventsSince(db, settled, 200);
      expect(first.events.map((e) => e.id)).toEqual([fresh.id]);
      expect(first.cursor).toBe(settled);
      expect((await listWebhookEventsSince(db, null, 200)).cursor).toBe(settled);
      await age(db, 60);
      expect((await listWebhookEventsSince(db, settled, 200)).cursor).toBe(fresh.id);
    });

    it("pages by the limit and resets a cursor from beyond the newest event", async () => {
      const db = database();
      await age(db, 60);
      const { cursor } = await listWebhookEventsSince(db, null, 200);
      for (let index = 0; index < 3; index++) await recordWebhookEvent(db, event());
      await age(db, 60);
      const page = await listWebhookEventsSince(db, cursor, 2);
      expect(page.events).toHaveLength(2);
      expect((await listWebhookEventsSince(db, page.cursor, 2)).events).toHaveLength(1);
      const newest = (await listWebhookEventsSince(db, null, 200)).cursor;
      expect(await listWebhookEventsSince(db, "999999999999", 200)).toEqual({ events: [], cursor: newest });
    });

    it("names the operator whose audited action on the same record came with the webhook", async () => {
      const db = database();
      await insertOperatorIfAbsent(db, {
        email: "Contract-Agent@example.com",
        name: "Casey Contract",
        role: "agent",
        passwordHash: "x",
      });
      await age(db, 60);
      const { cursor } = await listWebhookEventsSince(db, null, 200);
      const mine = event({ topic: "charge/updated" });
      // A skip arrives as its subscriptions' events: matched by the purchase item the skip named.
      const skippedSubscription = event({ topic: "subscription/skipped", resource: "subscription" });
      const otherSubscription = event({ topic: "subscription/skipped", resource: "subscription" });
      const elsewhere = event({ topic: "charge/refunded" });
      const failedOnly = event({ topic: "charge/failed" });
      const batch = event({ topic: "async_batch/processed", resource: "async_batch", customerId: null });
      await insertAuditEntry(db, audited({ targetId: mine.resourceId }));
      await insertAuditEntry(
        db,
        audited({
          action: "charge.skip",
          targetId: "99",
          request: { purchase_item_ids: [Number(skippedSubscription.resourceId)] },
        }),
      );
      await insertAuditEntry(db, audited({ targetId: failedOnly.resourceId, outcome: "failed" }));
      await insertAuditEntry(db, audited({ targetType: "batch", targetId: batch.resourceId }));
      // The same record was acted on, but far from the moment of this change: not its author. (The
      // event is moved, not the audit entry: the app's database role may not rewrite the audit log.)
      await insertAuditEntry(db, audited({ targetId: elsewhere.resourceId }));
      for (const each of [mine, elsewhere, failedOnly, batch, skippedSubscription, otherSubscription])
        await recordWebhookEvent(db, each);
      await db.query(
        "UPDATE webhook_events SET received_at = now() - $1::int * interval '1 second' WHERE resource_id = $2",
        [ACTOR_WINDOW_SECONDS + 60, elsewhere.resourceId],
      );
      const { events } = await listWebhookEventsSince(db, cursor, 200);
      const actorOf = (topic: string, resourceId?: string) => {
        const found = events.find((e) => e.topic === topic && (!resourceId || e.resourceId === resourceId))!;
        return { actorEmail: found.actorEmail, actorName: found.actorName };
      };
      expect(actorOf("charge/updated")).toEqual({
        actorEmail: "contract-agent@example.com",
        actorName: "Casey Contract",
      });
      expect(actorOf("subscription/skipped", skippedSubscription.resourceId).actorName).toBe(
        "Casey Contract",
      );
      expect(actorOf("subscription/skipped", otherSubscription.resourceId).actorName).toBeNull();
      expect(actorOf("async_batch/processed").actorName).toBe("Casey Contract");
      expect(actorOf("charge/refunded")).toEqual({ actorEmail: null, actorName: null });
      expect(actorOf("charge/failed")).toEqual({ actorEmail: null, actorName: null });
    });

    it("recognises a repeat for all of Recharge's 2-day retry window and a margin after, by default", async () => {
      const db = database();
      await db.query("DELETE FROM webhook_events");
      // The rule itself: longer than Recharge retries, with at least a day to spare, and longer than
      // the 48 h a timestamped signature stays valid.
      expect(WEBHOOK_EVENT_RETENTION_DAYS).toBeGreaterThanOrEqual(RECHARGE_RETRY_DAYS + 1);
      expect(WEBHOOK_EVENT_RETENTION_DAYS * 86_400).toBeGreaterThan(MAX_WEBHOOK_AGE_SECONDS);
      await recordWebhookEvent(db, event({ dedupeKey: "late-retry" }));
      await age(db, (RECHARGE_RETRY_DAYS + 1) * 86_400);
      expect(await pruneWebhookEvents(db)).toBe(0);
      expect((await recordWebhookEvent(db, event({ dedupeKey: "late-retry" }))).duplicate).toBe(true);
      await age(db, WEBHOOK_EVENT_RETENTION_DAYS * 86_400 + 60);
      expect(await pruneWebhookEvents(db)).toBe(1);
    });

    it("prunes events past the retention and keeps recent ones", async () => {
      const db = database();
      await db.query("DELETE FROM webhook_events");
      await recordWebhookEvent(db, event({ dedupeKey: "old" }));
      await age(db, 8 * 24 * 3600);
      await recordWebhookEvent(db, event({ dedupeKey: "recent" }));
      expect(await pruneWebhookEvents(db, 7)).toBe(1);
      const rows = await db.query<{ dedupe_key: string }>("SELECT dedupe_key FROM webhook_events");
      expect(rows.map((row) => row.dedupe_key)).toEqual(["recent"]);
      // Once pruned, a very late repeat is new again; retention outlives Recharge's 2-day retries.
      expect((await recordWebhookEvent(db, event({ dedupeKey: "old" }))).duplicate).toBe(false);
    });
  });
}
