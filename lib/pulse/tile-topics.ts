// Which Recharge webhook topics make each tile stale. Kept apart from the tile definitions because
// the live-event poller on every page reads it: a few strings, nothing else.
//
// Every topic is one Recharge documents for 2021-11 (../shared/recharge-docs/api-reference-2021-11.txt,
// the resource table's "Webhook topics" column and "Webhooks explained") and one the dashboard
// registers (scripts/register-webhooks.mjs): tile-topics.test.ts checks both lists.

export const pulseTileIds = ["failed", "upcoming", "refunds", "cancellations", "batches"] as const;
export type PulseTileId = (typeof pulseTileIds)[number];
/** The tiles computed by walking Recharge's lists and kept as snapshots; batches are read live. */
export const walkedTileIds = ["failed", "upcoming", "refunds", "cancellations"] as const;
export type WalkedTileId = (typeof walkedTileIds)[number];

export const pulseTileTopics: Record<PulseTileId, readonly string[]> = {
  // A failed charge is failed, retried (paid or failed again), changed or deleted.
  failed: ["charge/failed", "charge/paid", "charge/updated", "charge/deleted"],
  // Queued charges come and go with their charges and with their subscriptions: a skip arrives as
  // subscription/skipped (Recharge has no charge/skipped topic), a moved date as subscription/updated.
  upcoming: [
    "charge/created",
    "charge/updated",
    "charge/deleted",
    "charge/paid",
    "charge/failed",
    "subscription/created",
    "subscription/updated",
    "subscription/skipped",
    "subscription/unskipped",
    "subscription/cancelled",
    "subscription/activated",
    "subscription/deleted",
  ],
  refunds: ["charge/refunded"],
  // Reactivating or deleting a subscription takes it out of the cancelled ones.
  cancellations: [
    "subscription/cancelled",
    "subscription/activated",
    "subscription/updated",
    "subscription/deleted",
  ],
  batches: ["async_batch/processed"],
};

const anyTileTopic: ReadonlySet<string> = new Set(Object.values(pulseTileTopics).flat());

/** Whether an event with this topic can change a tile of the overview. */
export function isPulseTopic(topic: string): boolean {
  return anyTileTopic.has(topic);
}
