import type { QueryClient } from "@tanstack/react-query";
import type { ListPage } from "./list-page";

/**
 * Record `id` as the freshest cached list page of `resource` holds it (a list row is the same
 * Recharge object its detail read returns), or undefined. What a record page shows while its own
 * read is on the way, so a row opens at once instead of after a round trip to Recharge.
 */
export function rowFromCachedLists<Row>(
  queryClient: QueryClient,
  resource: string,
  id: string,
): Row | undefined {
  let freshest: { row: Row; at: number } | undefined;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [resource, "list"] })) {
    const rows = (query.state.data as Partial<ListPage<Row>> | undefined)?.data;
    const row = rows?.find((candidate) => String((candidate as { id?: unknown }).id) === id);
    if (row !== undefined && (!freshest || query.state.dataUpdatedAt > freshest.at)) {
      freshest = { row, at: query.state.dataUpdatedAt };
    }
  }
  return freshest?.row;
}
