"use client";

import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useEffect } from "react";
import type { CursorPaginationProps } from "./cursor-pagination";
import type { ListPage } from "@/lib/queries/list-page";
import { toListQueryString, type FilterSchemas, type ListUrlDefinition } from "./list-url-state";
import { useListUrlState } from "./use-list-url-state";

/** A cursor page as list endpoints answer it (with `unreadable` when records were left out). */
export type CursorPage<Row> = ListPage<Row>;

type PageQuery<Row, Key extends QueryKey> = UseQueryOptions<CursorPage<Row>, Error, CursorPage<Row>, Key>;

/**
 * A cursor-paged list driven by the URL: the current page's query (previous rows kept while the
 * next loads), the next page prefetched so Next is instant, and ready-made pager props.
 */
export function useCursorList<Row, F extends FilterSchemas, Key extends QueryKey>(
  definition: ListUrlDefinition<F>,
  pageQuery: (queryString: string) => PageQuery<Row, Key>,
) {
  const list = useListUrlState(definition);
  const query = useQuery(pageQuery(list.queryString));
  const queryClient = useQueryClient();
  const page = query.data;
  const nextCursor = query.isPlaceholderData ? null : (page?.nextCursor ?? null);

  useEffect(() => {
    if (!nextCursor) return;
    void queryClient.prefetchQuery(pageQuery(toListQueryString({ ...list.state, cursor: nextCursor })));
  }, [nextCursor, list.state, pageQuery, queryClient]);

  const pagination: CursorPaginationProps = {
    firstRowIndex: list.firstRowIndex,
    rowCount: page?.data.length ?? 0,
    hasPreviousPage: Boolean(page?.previousCursor),
    hasNextPage: Boolean(page?.nextCursor),
    isPlaceholderData: query.isPlaceholderData,
    onPreviousPage: () => {
      if (page?.previousCursor) list.goToPreviousPage(page.previousCursor);
    },
    onNextPage: () => {
      if (page?.nextCursor) list.goToNextPage(page.nextCursor, page.data.length);
    },
    pageSize: list.state.limit,
    onPageSizeChange: list.setLimit,
  };
  return { list, query, rows: page?.data, pagination };
}
