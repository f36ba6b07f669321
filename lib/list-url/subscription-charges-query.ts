import type { PageSize } from "./list-url-state";
import type { KnownChargeStatus } from "@/lib/schemas/recharge-enums";

// The BFF query strings of a subscription's charge lists. Shared by the page's server prefetch and
// the browser so both produce the same react-query key, byte for byte (later pages are
// `cursorPageQuery`). Recharge names the subscription `purchase_item_id` on a charge's line items.

export const SUBSCRIPTION_CHARGES_PAGE_SIZE: PageSize = 25;

function query(params: Record<string, string | null>, limit: PageSize): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  search.set("limit", String(limit));
  return search.toString();
}

/** Queued charges that include the subscription, soonest first. */
export function upcomingChargesQuery(subscriptionId: string, limit = SUBSCRIPTION_CHARGES_PAGE_SIZE): string {
  return query({ purchase_item_id: subscriptionId, status: "queued", sort_by: "scheduled_at-asc" }, limit);
}

/**
 * Every charge that includes the subscription, latest scheduled date first, optionally of one status.
 * Sorted explicitly: Recharge's documented default for charges is id-asc, the oldest first.
 */
export function chargeHistoryQuery(
  subscriptionId: string,
  status: KnownChargeStatus | null,
  limit = SUBSCRIPTION_CHARGES_PAGE_SIZE,
): string {
  return query({ purchase_item_id: subscriptionId, status, sort_by: "scheduled_at-desc" }, limit);
}
