"use client";

import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CursorPaginationProps } from "./cursor-pagination";
import { cursorPageQuery } from "./cursor-page-query";
import type { PageSize } from "./list-url-state";
import type { CursorPage } from "./use-cursor-list";

type PageQuery<Row, Key extends QueryKey> = UseQueryOptions<CursorPage<Row>, Error, CursorPage<Row>, Key>;

interface Position {
  /** The first page's query this position belongs to; a new one starts over. */
  firstPage: string;
  cursor: string | null;
  /** Index of the page's first row, for "Rows 26–50". */
  offset: number;
}

/**
 * A cursor-paged list whose position lives in component state, for lists embedded in a detail page
 * (two of them cannot share the page URL's `cursor`) or a batch's results. Same behaviour as `useCursorList` otherwise:
 * previous rows stay while the next page loads, and the next page is prefetched.
 */
export function useLocalCursorList<Row, Key extends QueryKey>(
  firstPageQuery: string,
  limit: PageSize,
  pageQuery: (queryString: string) => PageQuery<Row, Key>,
) {
  const [position, setPosition] = useState<Position>({ firstPage: firstPageQuery, cursor: null, offset: 0 });
  // Another first page (a filter changed): start over without an extra render.
  const current: Position =
    position.firstPage === firstPageQuery ? position : { firstPage: firstPageQuery, cursor: null, offset: 0 };
  const queryString = current.cursor ? cursorPageQuery(current.cursor, limit) : firstPageQuery;

  const query = useQuery(pageQuery(queryString));
  const queryClient = useQueryClient();
  const page = query.data;
  const nextCursor = query.isPlaceholderData ? null : (page?.nextCursor ?? null);

  useEffect(() => {
    if (nextCursor) void queryClient.prefetchQuery(pageQuery(cursorPageQuery(nextCursor, limit)));
  }, [nextCursor, limit, pageQuery, queryClient]);

  const rowCount = page?.data.length ?? 0;
  const pager: CursorPaginationProps = {
    firstRowIndex: current.offset,
    rowCount,
    hasPreviousPage: Boolean(page?.previousCursor),
    hasNextPage: Boolean(page?.nextCursor),
    isPlaceholderData: query.isPlaceholderData,
    onPreviousPage: () => {
      if (!page?.previousCursor) return;
      const offset = Math.max(0, current.offset - limit);
      // Back at the start: the first page's own query, which the server prefetched and cached.
      const cursor = offset === 0 ? null : page.previousCursor;
      setPosition({ firstPage: firstPageQuery, cursor, offset });
    },
    onNextPage: () => {
      if (page?.nextCursor)
        setPosition({
          firstPage: firstPageQuery,
          cursor: page.nextCursor,
          offset: current.offset + rowCount,
        });
    },
  };
  return { query, rows: page?.data, pager };
}
