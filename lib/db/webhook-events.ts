import "server-only";
import type { WebhookEvent } from "@/lib/webhooks/parse-delivery";
import type { Queryable } from "./types";

/** One stored event as the browser gets it: which record changed and when, nothing of its content. */
export interface LiveEvent {
  id: string;
  topic: string;
  resource: string;
  resourceId: string;
  customerId: string | null;
  batchType: string | null;
  updatedAt: string | null;
  receivedAt: string;
  /**
   * Who in this dashboard made the change, when the audit log has a successful (or unknown-outcome)
   * action on the same record within ACTOR_WINDOW_SECONDS of the webhook: webhooks do not say who
   * acted, so this is a match by record and time. Null: the change came from elsewhere (Recharge's
   * own admin, the customer portal, an integration) or from a batch.
   */
  actorEmail: string | null;
  actorName: string | null;
}

/** How far apart an audited action and its webhook may be to be taken as the same change. */
export const ACTOR_WINDOW_SECONDS = 15;

/** Recharge retries a delivery that was not acknowledged for up to 2 days (recharge-api.md §8). */
export const RECHARGE_RETRY_DAYS = 2;
/**
 * How long a delivery's de-duplication record is kept: Recharge's retry window plus five days of
 * margin (clock drift, a retry arriving late, an outage on our side), so any repeat Recharge can
 * send — and any replay of a legacy-signed delivery while RECHARGE_WEBHOOK_LEGACY_SIGNATURES is on —
 * is recognised and stored once. Timestamped deliveries older than 48 h are refused anyway.
 */
export const WEBHOOK_DEDUPE_MARGIN_DAYS = 5;
export const WEBHOOK_EVENT_RETENTION_DAYS = RECHARGE_RETRY_DAYS + WEBHOOK_DEDUPE_MARGIN_DAYS;
/**
 * An event this fresh may still have a lower-numbered neighbour whose insert has not committed yet
 * (ids are taken before commit), so a cursor never moves past it; it may be listed twice meanwhile.
 */
export const SETTLE_SECONDS = 2;

/** Stores an event unless a delivery with the same dedupe key was stored before. */
export async function recordWebhookEvent(
  db: Queryable,
  event: WebhookEvent,
): Promise<{ id: string | null; duplicate: boolean }> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO webhook_events (dedupe_key, topic, resource, resource_id, customer_id, batch_type, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id::text AS id`,
    [
      event.dedupeKey,
      event.topic,
      event.resource,
      event.resourceId,
      event.customerId,
      event.batchType,
      event.updatedAt,
    ],
  );
  const id = rows[0]?.id ?? null;
  return { id, duplicate: id === null };
}

/** Deletes events past the retention; returns how many went. One index range scan. */
export async function pruneWebhookEvents(
  db: Queryable,
  retentionDays = WEBHOOK_EVENT_RETENTION_DAYS,
): Promise<number> {
  const rows = await db.query<{ count: number }>(
    `WITH gone AS (
       DELETE FROM webhook_events WHERE received_at < now() - $1::int * interval '1 day' RETURNING 1
     )
     SELECT count(*)::int AS count FROM gone`,
    [retentionDays],
  );
  return rows[0]?.count ?? 0;
}

const EVENT_COLUMNS = `e.id::text AS id, e.topic, e.resource, e.resource_id AS "resourceId",
  e.customer_id AS "customerId", e.batch_type AS "batchType", e.updated_at AS "updatedAt",
  to_char(e.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "receivedAt",
  actor.email AS "actorEmail", actor.name AS "actorName"`;

// The audited action closest in time to the webhook, on the same record. Batches are audited as
// "batch", their webhooks name "async_batch". Recharge reports a charge's skip or unskip as
// `subscription/skipped|unskipped` of each subscription in it (it has no charge/skipped topic), so
// such an event is also matched to a charge skip/unskip whose body named that subscription. The time
// window keeps the scan to a few rows of audit_log_created.
const ACTOR_JOIN = `LEFT JOIN LATERAL (
  SELECT a.operator_email AS email, o.name
  FROM audit_log a
  LEFT JOIN operators o ON lower(o.email) = lower(a.operator_email)
  WHERE (
      (a.target_type = CASE e.resource WHEN 'async_batch' THEN 'batch' ELSE e.resource END
        AND a.target_id = e.resource_id)
      OR (e.topic IN ('subscription/skipped', 'subscription/unskipped')
        AND a.action = CASE e.topic WHEN 'subscription/skipped' THEN 'charge.skip' ELSE 'charge.unskip' END
        AND jsonb_typeof(a.request -> 'purchase_item_ids') = 'array'
        AND a.request -> 'purchase_item_ids' @> to_jsonb(e.resource_id::numeric))
    )
    AND a.outcome IN ('succeeded', 'unknown')
    AND a.created_at BETWEEN e.received_at - $4::int * interval '1 second'
                         AND e.received_at + $4::int * interval '1 second'
  ORDER BY abs(extract(epoch FROM a.created_at - e.received_at))
  LIMIT 1
) actor ON e.id IS NOT NULL`;

type Row = { maxId: string; settled: boolean | null } & { [K in keyof LiveEvent]: LiveEvent[K] | null };

/**
 * Events after `since` (oldest first, at most `limit`) and the cursor to ask with next. Without
 * `since` there are no events, only a cursor at "now". One query on the primary key. The cursor stops
 * before the first event younger than SETTLE_SECONDS, and falls back to the newest id when `since`
 * is beyond it (the database was reset) so a tab never waits for ids that will not come.
 */
export async function listWebhookEventsSince(
  db: Queryable,
  since: string | null,
  limit: number,
): Promise<{ events: LiveEvent[]; cursor: string }> {
  if (since === null) {
    const rows = await db.query<{ id: string }>(
      `SELECT id::text AS id FROM webhook_events
       WHERE received_at <= now() - $1::int * interval '1 second' ORDER BY id DESC LIMIT 1`,
      [SETTLE_SECONDS],
    );
    return { events: [], cursor: rows[0]?.id ?? "0" };
  }
  const rows = await db.query<Row>(
    `SELECT m.max_id::text AS "maxId", ${EVENT_COLUMNS},
       e.received_at <= now() - $3::int * interval '1 second' AS settled
     FROM (SELECT coalesce(max(id), 0) AS max_id FROM webhook_events) m
     LEFT JOIN LATERAL (
       SELECT * FROM webhook_events WHERE id > $1::bigint ORDER BY id LIMIT $2
     ) e ON true
     ${ACTOR_JOIN}
     ORDER BY e.id`,
    [since, limit, SETTLE_SECONDS, ACTOR_WINDOW_SECONDS],
  );
  const events: LiveEvent[] = [];
  let cursor = since;
  let settled = true;
  for (const { maxId, settled: isSettled, ...event } of rows) {
    if (event.id === null) {
      if (BigInt(since) > BigInt(maxId)) cursor = maxId;
      continue;
    }
    events.push(event as LiveEvent);
    settled &&= isSettled === true;
    if (settled) cursor = event.id;
  }
  return { events, cursor };
}
