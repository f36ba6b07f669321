"use client";

import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from "@tanstack/react-query";
import { useEffect } from "react";
import { cursorPageQuery, type PageSize } from "@/lib/list-url/list-url-state";
import type { ListPage } from "@/lib/queries/list-page";
import type { CursorPaginationProps } from "./cursor-pagination";

/**
 * Where a cursor list stands and how it moves. Adapters: the URL (`useListUrlState`, for lists
 * Back/Forward and shared links restore) and component state (`useLocalPosition`).
 */
export interface CursorPosition {
  /** What the current page asks for: the first page's query, or `cursorPageQuery`. */
  queryString: string;
  limit: PageSize;
  /** Index of the page's first row, for "Rows 51–100"; null when unknown (a shared link). */
  firstRowIndex: number | null;
  /** Changes with the page (for `<DataTable pageKey>`: the rows scroll back to the top). */
  pageKey: string | null;
  /** `rowsOnPage`: rows on the current page, to advance the position hint. */
  goToNextPage: (nextCursor: string, rowsOnPage: number) => void;
  goToPreviousPage: (previousCursor: string) => void;
  /** When given, the pager offers a page-size select. */
  setLimit?: (limit: PageSize) => void;
}

/** A list page's query options by query string: `chargeQueries.list`, `batchTasksQuery(id)`. */
export type ListPageQuery<Row, Key extends QueryKey> = (
  queryString: string,
) => UseQueryOptions<ListPage<Row>, Error, ListPage<Row>, Key>;

export interface CursorPager<Row> {
  query: UseQueryResult<ListPage<Row>, Error>;
  /** The page's rows; undefined while nothing has loaded yet. */
  rows: Row[] | undefined;
  pagination: CursorPaginationProps;
  pageKey: string | null;
}

/**
 * One cursor-paged list: the current page's query (previous rows kept while the next loads), the
 * next page prefetched so Next is instant, and the pager's props. Where the position lives is the
 * adapter's business; the first page, when the server rendered it, is read from the hydrated cache.
 */
export function useCursorPager<Row, Key extends QueryKey>(
  position: CursorPosition,
  pageQuery: ListPageQuery<Row, Key>,
): CursorPager<Row> {
  const { limit, setLimit } = position;
  const query = useQuery(pageQuery(position.queryString));
  const queryClient = useQueryClient();
  const page = query.data;
  // A placeholder's cursors belong to the page being left.
  const nextCursor = query.isPlaceholderData ? null : (page?.nextCursor ?? null);

  useEffect(() => {
    if (nextCursor) void queryClient.prefetchQuery(pageQuery(cursorPageQuery(nextCursor, limit)));
  }, [nextCursor, limit, pageQuery, queryClient]);

  const pagination: CursorPaginationProps = {
    firstRowIndex: position.firstRowIndex,
    rowCount: page?.data.length ?? 0,
    hasPreviousPage: Boolean(page?.previousCursor),
    hasNextPage: Boolean(page?.nextCursor),
    isPlaceholderData: query.isPlaceholderData,
    onPreviousPage: () => {
      if (page?.previousCursor) position.goToPreviousPage(page.previousCursor);
    },
    onNextPage: () => {
      if (page?.nextCursor) position.goToNextPage(page.nextCursor, page.data.length);
    },
    ...(setLimit ? { pageSize: limit, onPageSizeChange: setLimit } : {}),
  };
  return { query, rows: page?.data, pagination, pageKey: position.pageKey };
}
