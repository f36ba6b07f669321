// Recharge sorts by one field: `sort_by=created_at-desc`. The table's column id is that field.
// Sorting is written as TanStack Table's `SortingState` is, without importing the table here.
type SortingState = Array<{ id: string; desc: boolean }>;

const SORT_BY = /^([a-z_]+)-(asc|desc)$/;

/** `"created_at-desc"` → `[{ id: "created_at", desc: true }]`; anything else → no sorting. */
export function sortByToSorting(sortBy: string | null | undefined): SortingState {
  const match = sortBy ? SORT_BY.exec(sortBy) : null;
  return match?.[1] ? [{ id: match[1], desc: match[2] === "desc" }] : [];
}

/** The first sort of `sorting` as a `sort_by` value, or null when unsorted (the server's default). */
export function sortingToSortBy(sorting: SortingState): string | null {
  const first = sorting[0];
  return first ? `${first.id}-${first.desc ? "desc" : "asc"}` : null;
}

/** Every `sort_by` value for the given fields: `["id-asc", "id-desc", …]`. */
export function sortByValues<Field extends string>(
  fields: readonly Field[],
): Array<`${Field}-${"asc" | "desc"}`> {
  return fields.flatMap((field) => [`${field}-asc`, `${field}-desc`] as const);
}
