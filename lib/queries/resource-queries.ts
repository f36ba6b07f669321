import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import type { ListPage } from "./list-page";
import { rowFromCachedLists } from "./list-row-seed";

/** The key of a list page; shared with the server prefetch so hydrated pages are found. */
export const listQueryKey = (resource: string, queryString: string) =>
  [resource, "list", queryString] as const;

/**
 * Key factory and query options for one BFF resource (`/api/<resource>`): lists by their query
 * string (exactly what is sent), details by id. Components never hand-write keys; invalidating
 * `keys.all` refreshes every view of the resource.
 */
export function resourceQueries<Row, Detail = Row>(resource: string) {
  const keys = {
    all: [resource] as const,
    lists: () => [resource, "list"] as const,
    list: (queryString: string) => listQueryKey(resource, queryString),
    details: () => [resource, "detail"] as const,
    detail: (id: number | string) => [resource, "detail", String(id)] as const,
  };
  const detail = (id: number | string) =>
    queryOptions({
      queryKey: [resource, "detail", String(id)] as const, // = keys.detail(id)
      queryFn: ({ signal }) =>
        fetchJson<{ data: Detail }>(`/api/${resource}/${id}`, { signal }).then((body) => body.data),
    });
  return {
    keys,
    list: (queryString: string) =>
      queryOptions({
        queryKey: [resource, "list", queryString] as const, // = keys.list(queryString), spelled out for the linter
        queryFn: ({ signal }) => fetchJson<ListPage<Row>>(`/api/${resource}?${queryString}`, { signal }),
        // Keep the current rows on screen while the next page loads: no flash, no layout shift.
        placeholderData: keepPreviousData,
      }),
    detail,
    /**
     * The detail for a record page: until its own read answers, the row a cached list holds is shown
     * as placeholder data (`isPlaceholderData`; never cached as the detail), so a click on a row
     * paints the record at once. A read that fails drops it: a 404 is still "not found".
     */
    seededDetail: (id: number | string, queryClient: QueryClient) => ({
      ...detail(id),
      placeholderData: () => rowFromCachedLists<Row>(queryClient, resource, String(id)) as Detail | undefined,
    }),
  };
}
