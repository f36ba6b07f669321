import "server-only";
import { QueryClient, dehydrate, type DehydratedState } from "@tanstack/react-query";
import { toListBody } from "@/lib/api/list-body";
import { readListQuery } from "@/lib/api/list-query";
import { customerQueries } from "@/lib/queries/customers";
import { prefetchListPage } from "@/lib/queries/server-prefetch";
import { prefetchDetail, type DetailPrefetch } from "@/lib/queries/server-prefetch-detail";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { AddressListParams } from "@/lib/recharge/schemas/list-filters";
import { loadSectionQueryStrings } from "@/lib/list-url/customer-detail-url";

/**
 * A customer's addresses page as `GET /api/customers/{id}/addresses` answers it (same params: a
 * cursor page, or the customer's first page). A failure is left to the browser, like every prefetch.
 */
async function prefetchAddresses(customerId: string, queryString: string): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  try {
    const { cursor, limit } = readListQuery(`http://prefetch/?${queryString}`);
    const params = (
      typeof cursor === "string" ? { cursor, limit } : { customer_id: Number(customerId), limit }
    ) as AddressListParams;
    const page = await getRechargeClient().addresses.list(params);
    queryClient.setQueryData(customerQueries.keys.addresses(customerId, queryString), toListBody(page));
  } catch {
    // Not cached: the browser's own request will fail or succeed visibly.
  }
  return dehydrate(queryClient);
}

function mergeDehydrated(states: DehydratedState[]): DehydratedState {
  return {
    mutations: states.flatMap((state) => state.mutations),
    queries: states.flatMap((state) => state.queries),
  };
}

/**
 * Everything the customer page shows on first paint, loaded in parallel: the customer and the page
 * of each section that the URL asks for. `found: false` only when Recharge has no such customer.
 */
export async function prefetchCustomerPage(
  id: string,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<DetailPrefetch> {
  if (!/^\d{1,15}$/.test(id)) return { found: false };
  const sections = loadSectionQueryStrings(id, searchParams);
  const [customer, ...lists] = await Promise.all([
    prefetchDetail("customers", id),
    prefetchAddresses(id, sections.addresses),
    prefetchListPage("subscriptions", sections.subscriptions),
    prefetchListPage("charges", sections.upcoming),
    prefetchListPage("charges", sections.history),
  ]);
  if (!customer.found) return customer;
  return { found: true, state: mergeDehydrated([customer.state, ...lists]) };
}
