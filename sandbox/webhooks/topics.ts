// The webhook topics Recharge documents for 2021-11, and only those: the resource table's "Webhook
// topics" column (api-reference-2021-11.txt:110-189), the "Webhooks explained" tables (:630-752), and
// async_batch/processed (the Async batch section, step 4, :782). There is no charge/skipped,
// charge/unskipped or discount/* topic: a skip is reported as subscription/skipped (:738).

export const WEBHOOK_TOPICS = [
  // Addresses (:113-114, :641-642)
  "address/created",
  "address/updated",
  // Async batches (:782)
  "async_batch/processed",
  // Bundles (:650-652)
  "bundle_selection/created",
  "bundle_selection/updated",
  "bundle_selection/deleted",
  // Charges (:124-132, :660-667)
  "charge/created",
  "charge/failed",
  "charge/max_retries_reached",
  "charge/paid",
  "charge/refunded",
  "charge/uncaptured",
  "charge/upcoming",
  "charge/updated",
  "charge/deleted",
  // Checkouts (:675-678)
  "checkout/created",
  "checkout/completed",
  "checkout/processed",
  "checkout/updated",
  // Customers (:142-147, :686-693)
  "customer/activated",
  "customer/created",
  "customer/deactivated",
  "customer/payment_method_updated",
  "customer/updated",
  "customer/deleted",
  // Onetimes (:701-703)
  "onetime/created",
  "onetime/deleted",
  "onetime/updated",
  // Orders (:157-164, :711-716)
  "order/cancelled",
  "order/created",
  "order/deleted",
  "order/processed",
  "order/payment_captured",
  "order/upcoming",
  "order/updated",
  "order/success",
  // Plans (:724-726)
  "plan/created",
  "plan/deleted",
  "plan/updated",
  // Subscriptions (:174-181, :734-742)
  "subscription/activated",
  "subscription/cancelled",
  "subscription/created",
  "subscription/deleted",
  "subscription/skipped",
  "subscription/updated",
  "subscription/unskipped",
  "subscription/swapped",
  "subscription/paused",
  // Other (:750-752)
  "app/uninstalled",
  "recharge/uninstalled",
  "store/updated",
] as const;

export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

const TOPICS: ReadonlySet<string> = new Set(WEBHOOK_TOPICS);

export function isWebhookTopic(topic: string): topic is WebhookTopic {
  return TOPICS.has(topic);
}
