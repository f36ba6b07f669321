import type { PageSize } from "./list-url-state";

/** A follow-up page: the cursor carries the filters and sort, so only `limit` goes beside it. */
export function cursorPageQuery(cursor: string, limit: PageSize): string {
  return new URLSearchParams({ cursor, limit: String(limit) }).toString();
}
