import type { FilterValues } from "@/components/data-table/list-url-state";
import type { subscriptionListUrl } from "./subscription-list-url";

type Filters = FilterValues<(typeof subscriptionListUrl)["filters"]>;

const list = new Intl.ListFormat("en", { type: "conjunction" });

function createdRange(from: string | null, to: string | null): string | null {
  if (from && to) return `created between ${from} and ${to}`;
  if (from) return `created on or after ${from}`;
  if (to) return `created on or before ${to}`;
  return null;
}

/**
 * The empty state names what was asked for:
 * "No subscriptions with status “expired” and for customer 93414978."
 */
export function subscriptionsEmptyMessage(filters: Filters): string {
  const parts = [
    filters.ids && `with id ${filters.ids}`,
    filters.status && `with status “${filters.status}”`,
    filters.customer_id && `for customer ${filters.customer_id}`,
    createdRange(filters.created_at_min, filters.created_at_max),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `No subscriptions ${list.format(parts)}.` : "There are no subscriptions yet.";
}
