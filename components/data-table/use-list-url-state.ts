"use client";

import { useMemo } from "react";
import { useQueryStates, type HistoryOptions } from "nuqs";
import {
  clearFiltersPatch,
  filtersPatch,
  limitPatch,
  nextPagePatch,
  previousPagePatch,
  sortByPatch,
  type ListUrlPatch,
  type PagingPatch,
} from "@/lib/list-url/list-url-patches";
import {
  firstRowIndex,
  hasActiveFilters,
  readListUrlState,
  toListQueryString,
  type FilterSchemas,
  type FilterValues,
  type ListScope,
  type ListUrlDefinition,
  type ListUrlState,
  type PageSize,
} from "@/lib/list-url/list-url-state";
import type { CursorPosition } from "./use-cursor-pager";

/** The URL position adapter of `useCursorPager`, plus the list's filters and sort. */
export interface ListUrlStateApi<F extends FilterSchemas> extends CursorPosition {
  state: ListUrlState<F>;
  /** For the fetch and the query key: `cursor`+`limit`, or filters+`sort_by`+`limit`. */
  queryString: string;
  /** Index of the first row shown, for "Rows 51–100"; null when a shared link lacks it. */
  firstRowIndex: number | null;
  hasActiveFilters: boolean;
  /** Sets some filters (null clears one) and restarts at the first page. */
  setFilters: (filters: Partial<FilterValues<F>>) => void;
  clearFilters: () => void;
  setSortBy: (sortBy: string | null) => void;
  setLimit: (limit: PageSize) => void;
}

/**
 * A list's state in the URL (requires nuqs's NuqsAdapter in the layout). History: Next/Previous
 * PUSH, so Back/Forward walk the pages; filter, sort and page-size changes REPLACE, so typing in a
 * search box or trying statuses does not bury the page under dozens of entries and Back leaves the
 * list. Shallow by default: react-query fetches on the client; the server page is not re-rendered.
 * `scope`: what the list always asks for besides the URL's filters (one customer's charges).
 */
export function useListUrlState<F extends FilterSchemas>(
  definition: ListUrlDefinition<F>,
  { shallow = true, scope }: { shallow?: boolean; scope?: ListScope } = {},
): ListUrlStateApi<F> {
  const [values, setValues] = useQueryStates(definition.parsers, {
    history: "replace",
    shallow,
    urlKeys: definition.urlKeys,
  });
  const state = useMemo(() => readListUrlState(definition, values), [definition, values]);

  const api = useMemo((): Omit<ListUrlStateApi<F>, "queryString"> => {
    const update = (patch: ListUrlPatch<F> | PagingPatch, history: HistoryOptions) =>
      // The patch only uses this definition's keys; nuqs's mapped setter type cannot see that.
      void setValues(patch as Parameters<typeof setValues>[0], { history });
    return {
      state,
      limit: state.limit,
      pageKey: state.cursor,
      firstRowIndex: firstRowIndex(state),
      hasActiveFilters: hasActiveFilters(state),
      setFilters: (filters) => update(filtersPatch<F>(filters), "replace"),
      clearFilters: () => update(clearFiltersPatch<F>(definition.filterKeys), "replace"),
      setSortBy: (sortBy) => update(sortByPatch(sortBy), "replace"),
      setLimit: (limit) => update(limitPatch(limit), "replace"),
      goToNextPage: (nextCursor, rowsOnPage) => update(nextPagePatch(state, nextCursor, rowsOnPage), "push"),
      goToPreviousPage: (previousCursor) => update(previousPagePatch(state, previousCursor), "push"),
    };
  }, [definition, setValues, state]);
  // Outside the memo: a scope is usually a fresh object each render, and the string is cheap.
  return { ...api, queryString: toListQueryString(state, scope) };
}
