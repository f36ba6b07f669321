/** One page of a BFF list: Recharge's objects and the cursors around them. */
export interface ListPage<Row> {
  data: Row[];
  nextCursor: string | null;
  previousCursor: string | null;
}

/** List params as they go in the query string; a cursor travels with `limit` only. */
export type ListParams = Record<string, string | number | undefined>;

export function toSearchParams(params: ListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  return search.toString();
}
