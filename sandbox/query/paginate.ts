// Keyset paging over rows sorted by (value, id) ascending. A page starts strictly after (or, going
// back, strictly before) the cursor's position, so rows added or removed elsewhere never shift it:
// a walk sees every row whose sort value does not change exactly once, in either direction.
import type { CursorDirection, SortOrder } from "./cursor";
import { comparePosition, searchSorted, type SortValue } from "../store/table";

export interface Position {
  value: SortValue;
  id: number;
  direction: CursorDirection;
}

export interface PageQuery<T extends { id: number }> {
  rows: readonly T[];
  key: (row: T) => SortValue;
  test: (row: T) => boolean;
  order: SortOrder;
  position: Position | null;
  limit: number;
}

export interface Page<T> {
  rows: T[];
  /** A matching row exists before the page (in list order). */
  hasBefore: boolean;
  /** A matching row exists after the page. */
  hasAfter: boolean;
}

export function paginate<T extends { id: number }>(query: PageQuery<T>): Page<T> {
  const { rows, key, test, order, position, limit } = query;
  // +1 walks the array in list order, -1 against it.
  const step = order === "asc" ? 1 : -1;
  const collect = (from: number, direction: number, max: number): T[] => {
    const found: T[] = [];
    for (let i = from; i >= 0 && i < rows.length && found.length < max; i += direction) {
      const row = rows[i] as T;
      if (test(row)) found.push(row);
    }
    return found;
  };

  if (!position) {
    const found = collect(order === "asc" ? 0 : rows.length - 1, step, limit + 1);
    return { rows: found.slice(0, limit), hasBefore: false, hasAfter: found.length > limit };
  }
  const upper = searchSorted(rows, key, position.value, position.id, true);
  const lower = searchSorted(rows, key, position.value, position.id, false);
  if (position.direction === "next") {
    const start = order === "asc" ? upper : lower - 1;
    const found = collect(start, step, limit + 1);
    return {
      rows: found.slice(0, limit),
      hasBefore: collect(start - step, -step, 1).length > 0,
      hasAfter: found.length > limit,
    };
  }
  const start = order === "asc" ? lower - 1 : upper;
  const found = collect(start, -step, limit + 1);
  return {
    rows: found.slice(0, limit).reverse(),
    hasBefore: found.length > limit,
    hasAfter: collect(start + step, step, 1).length > 0,
  };
}

/**
 * Pages over several sorted sources at once (the partitions a filter selects): each is paged alone,
 * then the pages are merged in list order. The nearest `limit` rows of the union are among the
 * nearest `limit` of each source, so this is exact.
 */
export function paginateMany<T extends { id: number }>(
  query: Omit<PageQuery<T>, "rows">,
  sources: readonly (readonly T[])[],
): Page<T> {
  if (sources.length === 1) return paginate({ ...query, rows: sources[0] as readonly T[] });
  const pages = sources.map((rows) => paginate({ ...query, rows }));
  const sign = query.order === "asc" ? 1 : -1;
  const all = pages
    .flatMap((page) => page.rows)
    .sort((a, b) => sign * comparePosition(query.key(a), a.id, query.key(b), b.id));
  const anyBefore = pages.some((page) => page.hasBefore);
  const anyAfter = pages.some((page) => page.hasAfter);
  if (query.position?.direction === "prev") {
    return {
      rows: all.slice(-query.limit),
      hasBefore: anyBefore || all.length > query.limit,
      hasAfter: anyAfter,
    };
  }
  return {
    rows: all.slice(0, query.limit),
    hasBefore: anyBefore,
    hasAfter: anyAfter || all.length > query.limit,
  };
}
