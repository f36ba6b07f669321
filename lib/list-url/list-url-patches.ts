// URL updates for each list action. Changing what is listed (filters, sort, page size) restarts
// paging: the old cursor points into the old list, and Recharge refuses filters beside a cursor.
import type { FilterSchemas, FilterValues, ListUrlState, PageSize } from "./list-url-state";
import { firstRowIndex } from "./list-url-state";

/** Changes to the list's own URL keys. */
export interface PagingPatch {
  cursor?: string | null;
  offset?: number | null;
  limit?: PageSize | null;
  sort_by?: string | null;
}

export type ListUrlPatch<F extends FilterSchemas> = Partial<FilterValues<F>> & PagingPatch;

const RESTART = { cursor: null, offset: null } as const;

export function filtersPatch<F extends FilterSchemas>(filters: Partial<FilterValues<F>>): ListUrlPatch<F> {
  return { ...filters, ...RESTART };
}

export function clearFiltersPatch<F extends FilterSchemas>(
  filterKeys: ReadonlyArray<keyof F>,
): ListUrlPatch<F> {
  const cleared = Object.fromEntries(filterKeys.map((key) => [key, null])) as Partial<FilterValues<F>>;
  return { ...cleared, ...RESTART };
}

export function sortByPatch(sortBy: string | null): PagingPatch {
  return { sort_by: sortBy, ...RESTART };
}

export function limitPatch(limit: PageSize): PagingPatch {
  return { limit, ...RESTART };
}

/** Forward one page; the offset advances by the rows actually shown on this page. */
export function nextPagePatch(
  state: Pick<ListUrlState<FilterSchemas>, "cursor" | "offset">,
  nextCursor: string,
  rowsOnPage: number,
): PagingPatch {
  const first = firstRowIndex(state);
  return { cursor: nextCursor, offset: first === null ? null : first + rowsOnPage };
}

/** Back one page: every earlier page is full, so it starts `limit` rows earlier. */
export function previousPagePatch(
  state: Pick<ListUrlState<FilterSchemas>, "cursor" | "offset" | "limit">,
  previousCursor: string,
): PagingPatch {
  const first = firstRowIndex(state);
  return { cursor: previousCursor, offset: first === null ? null : Math.max(0, first - state.limit) };
}
