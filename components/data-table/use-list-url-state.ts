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
} from "./list-url-patches";
import {
  firstRowIndex,
  hasActiveFilters,
  readListUrlState,
  toListQueryString,
  type FilterSchemas,
  type FilterValues,
  type ListUrlDefinition,
  type ListUrlState,
  type PageSize,
} from "./list-url-state";

export interface ListUrlStateApi<F extends FilterSchemas> {
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
  /** `rowsOnPage`: rows on the current page, to advance the position hint. */
  goToNextPage: (nextCursor: string, rowsOnPage: number) => void;
  goToPreviousPage: (previousCursor: string) => void;
}

/**
 * A list's state in the URL (requires nuqs's NuqsAdapter in the layout). History: Next/Previous
 * PUSH, so Back/Forward walk the pages; filter, sort and page-size changes REPLACE, so typing in a
 * search box or trying statuses does not bury the page under dozens of entries and Back leaves the
 * list. Shallow by default: react-query fetches on the client; the server page is not re-rendered.
 */
export function useListUrlState<F extends FilterSchemas>(
  definition: ListUrlDefinition<F>,
  { shallow = true }: { shallow?: boolean } = {},
): ListUrlStateApi<F> {
  const [values, setValues] = useQueryStates(definition.parsers, { history: "replace", shallow });
  const state = useMemo(() => readListUrlState(definition, values), [definition, values]);

  return useMemo(() => {
    const update = (patch: ListUrlPatch<F> | PagingPatch, history: HistoryOptions) =>
      // The patch only uses this definition's keys; nuqs's mapped setter type cannot see that.
      void setValues(patch as Parameters<typeof setValues>[0], { history });
    return {
      state,
      queryString: toListQueryString(state),
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
}
