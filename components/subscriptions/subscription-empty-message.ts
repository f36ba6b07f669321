import { dateRangePhrase, emptyListMessage } from "@/components/data-table/empty-message";
import type { FilterValues } from "@/lib/list-url/list-url-state";
import type { subscriptionListUrl } from "@/lib/list-url/subscription-list-url";

type Filters = FilterValues<(typeof subscriptionListUrl)["filters"]>;

/**
 * The empty state names what was asked for:
 * "No subscriptions with status “expired” and for customer 93414978."
 */
export function subscriptionsEmptyMessage(filters: Filters): string {
  return emptyListMessage(
    "subscriptions",
    [
      filters.ids && `with id ${filters.ids}`,
      filters.status && `with status “${filters.status}”`,
      filters.customer_id && `for customer ${filters.customer_id}`,
      dateRangePhrase("created", filters.created_at_min, filters.created_at_max),
      dateRangePhrase("updated", filters.updated_at_min, filters.updated_at_max),
    ],
    "There are no subscriptions yet.",
  );
}
