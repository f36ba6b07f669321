// POST /api/webhooks/recharge — Recharge's signed deliveries, each stored once for live updates
import { getDb } from "@/lib/db/client";
import { pruneWebhookEvents, recordWebhookEvent } from "@/lib/db/webhook-events";
import { webhookRoute } from "@/lib/api/webhook-route";

/** Every this many events, old ones are pruned: cheap enough to do inline, rare enough not to matter. */
const PRUNE_EVERY = 100;

export const POST = webhookRoute(async (event) => {
  const db = await getDb();
  const { id, duplicate } = await recordWebhookEvent(db, event);
  if (id !== null && Number(id) % PRUNE_EVERY === 0) await pruneWebhookEvents(db);
  // Nothing else goes back: the caller learns only that the delivery arrived.
  return { received: true, duplicate };
});
