import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { toSearchParams, type ListPage, type ListParams } from "./list-page";

/**
 * Key factory and query options for one BFF resource (`/api/<resource>`): lists by params, details
 * by id. Components never hand-write keys; invalidating `keys.all` refreshes every view of it.
 */
export function resourceQueries<Row, Detail = Row>(resource: string) {
  const keys = {
    all: [resource] as const,
    lists: () => [resource, "list"] as const,
    list: (params: ListParams) => [resource, "list", params] as const,
    details: () => [resource, "detail"] as const,
    detail: (id: number | string) => [resource, "detail", String(id)] as const,
  };
  return {
    keys,
    list: (params: ListParams) =>
      queryOptions({
        queryKey: keys.list(params),
        queryFn: ({ signal }) => fetchJson<ListPage<Row>>(`/api/${resource}?${toSearchParams(params)}`, { signal }),
        // Keep the current rows on screen while the next page loads: no flash, no layout shift.
        placeholderData: keepPreviousData,
      }),
    detail: (id: number | string) =>
      queryOptions({
        queryKey: keys.detail(id),
        queryFn: ({ signal }) => fetchJson<{ data: Detail }>(`/api/${resource}/${id}`, { signal }).then((body) => body.data),
      }),
  };
}
