import "server-only";
import { chargeHistoryQuery, upcomingChargesQuery } from "@/lib/list-url/subscription-charges-query";
import { prefetchListPage } from "@/lib/queries/server-prefetch";
import { prefetchDetail, type DetailPrefetch } from "@/lib/queries/server-prefetch-detail";

/** The record and the first page of both charge lists, in parallel: the page paints complete. */
export async function prefetchSubscriptionPage(id: string): Promise<DetailPrefetch> {
  const [prefetched, upcoming, history] = await Promise.all([
    prefetchDetail("subscriptions", id),
    prefetchListPage("charges", upcomingChargesQuery(id)),
    prefetchListPage("charges", chargeHistoryQuery(id, null)),
  ]);
  if (!prefetched.found) return prefetched;
  const queries = [prefetched.state, upcoming, history].flatMap((dehydrated) => dehydrated.queries);
  return { found: true, state: { mutations: [], queries } };
}
