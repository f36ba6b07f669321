"use client";

import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useEffect, useMemo } from "react";
import type { CursorPaginationProps } from "@/components/data-table/cursor-pagination";
import { nextPagePatch, previousPagePatch } from "@/components/data-table/list-url-patches";
import { firstRowIndex } from "@/components/data-table/list-url-state";
import type { CursorPage } from "@/components/data-table/use-cursor-list";
import {
  sectionPagingParsers,
  sectionQueryString,
  sectionUrlKeys,
  type CustomerSection,
} from "./customer-detail-url";

type PageQuery<Row, Key extends QueryKey> = UseQueryOptions<CursorPage<Row>, Error, CursorPage<Row>, Key>;

export interface SectionListOptions<Row, Key extends QueryKey> {
  section: CustomerSection;
  customerId: string;
  /** Only the history section filters by status. */
  historyStatus?: string | null;
  pageQuery: (queryString: string) => PageQuery<Row, Key>;
}

export interface SectionList<Row> {
  query: UseQueryResult<CursorPage<Row>, Error>;
  /** The page's rows; undefined while nothing has loaded yet. */
  rows: Row[] | undefined;
  pagination: CursorPaginationProps;
  /** Changes with the page (for `<DataTable pageKey>`). */
  pageKey: string | null;
  /** Back to the first page, e.g. after a filter outside the hook changed. */
  restart: () => void;
}

/**
 * One cursor-paged section of the customer page, `useCursorList` for a list that shares its URL
 * with others: paging keys carry the section's prefix. Next/Previous PUSH (Back walks the pages);
 * page-size changes and `restart` REPLACE. Shallow: react-query fetches; the server page stays put.
 */
export function useSectionList<Row, Key extends QueryKey>({
  section,
  customerId,
  historyStatus = null,
  pageQuery,
}: SectionListOptions<Row, Key>): SectionList<Row> {
  const urlKeys = useMemo(() => sectionUrlKeys(section), [section]);
  const [paging, setPaging] = useQueryStates(sectionPagingParsers, { urlKeys, history: "push" });
  const queryString = sectionQueryString(section, customerId, paging, historyStatus);
  const query = useQuery(pageQuery(queryString));
  const queryClient = useQueryClient();
  const page = query.data;
  const nextCursor = query.isPlaceholderData ? null : (page?.nextCursor ?? null);

  useEffect(() => {
    if (!nextCursor) return;
    const next = sectionQueryString(section, customerId, { ...paging, cursor: nextCursor }, historyStatus);
    void queryClient.prefetchQuery(pageQuery(next));
  }, [nextCursor, section, customerId, paging, historyStatus, pageQuery, queryClient]);

  const restart = () => void setPaging({ cursor: null, offset: null }, { history: "replace" });
  const pagination: CursorPaginationProps = {
    firstRowIndex: firstRowIndex(paging),
    rowCount: page?.data.length ?? 0,
    hasPreviousPage: Boolean(page?.previousCursor),
    hasNextPage: Boolean(page?.nextCursor),
    isPlaceholderData: query.isPlaceholderData,
    onPreviousPage: () => {
      if (page?.previousCursor) void setPaging(previousPagePatch(paging, page.previousCursor));
    },
    onNextPage: () => {
      if (page?.nextCursor) void setPaging(nextPagePatch(paging, page.nextCursor, page.data.length));
    },
    pageSize: paging.limit,
    onPageSizeChange: (limit) =>
      void setPaging({ limit, cursor: null, offset: null }, { history: "replace" }),
  };
  return { query, rows: page?.data, pagination, pageKey: paging.cursor, restart };
}
