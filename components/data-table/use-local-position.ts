"use client";

import { useState } from "react";
import { nextPagePatch, previousPagePatch } from "@/lib/list-url/list-url-patches";
import { cursorPageQuery, type PageSize } from "@/lib/list-url/list-url-state";
import type { CursorPosition } from "./use-cursor-pager";

export interface LocalPosition {
  /** The first page's query this position belongs to; a new one starts over. */
  firstPage: string;
  cursor: string | null;
  /** Index of the page's first row, for "Rows 26–50". */
  offset: number;
}

const start = (firstPage: string): LocalPosition => ({ firstPage, cursor: null, offset: 0 });

/** One page forward: the offset advances by the rows shown. */
export function nextLocalPosition(
  position: LocalPosition,
  nextCursor: string,
  rowsOnPage: number,
): LocalPosition {
  const { offset } = nextPagePatch(position, nextCursor, rowsOnPage);
  return { ...position, cursor: nextCursor, offset: offset ?? 0 };
}

/**
 * One page back. Back at the start it is the first page's own query again, which the server
 * prefetched and cached, rather than a cursor to the same rows.
 */
export function previousLocalPosition(
  position: LocalPosition,
  previousCursor: string,
  limit: PageSize,
): LocalPosition {
  const { offset } = previousPagePatch({ ...position, limit }, previousCursor);
  return offset ? { ...position, cursor: previousCursor, offset } : start(position.firstPage);
}

/**
 * The position adapter for a list whose place lives in component state: lists embedded in a detail
 * page (two of them cannot share the page URL's `cursor`) and a batch's results. A new
 * `firstPageQuery` (a filter changed) starts over, without an extra render.
 */
export function useLocalPosition(firstPageQuery: string, limit: PageSize): CursorPosition {
  const [position, setPosition] = useState(() => start(firstPageQuery));
  const current = position.firstPage === firstPageQuery ? position : start(firstPageQuery);
  return {
    queryString: current.cursor ? cursorPageQuery(current.cursor, limit) : firstPageQuery,
    limit,
    firstRowIndex: current.offset,
    pageKey: `${current.firstPage}@${current.offset}`,
    goToNextPage: (nextCursor, rowsOnPage) => setPosition(nextLocalPosition(current, nextCursor, rowsOnPage)),
    goToPreviousPage: (previousCursor) => setPosition(previousLocalPosition(current, previousCursor, limit)),
  };
}
