import "server-only";

// Recharge's defaults are ambiguous (the reference says charges list `id-asc`, the standards say every
// list is `id-desc`; a bare day in a range filter has no time or zone), so a first page never leaves
// them to Recharge (recharge-api.md: "Never lean on an ambiguous default").

/** The 2021-11 standards' order for every list, sent when the caller chose none. */
export const DEFAULT_SORT_BY = "id-desc";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A first page's validated params with the defaults spelled out: `sort_by` (id-desc unless given),
 * and each `*_min` / `*_max` day as a full UTC date-time. A range is inclusive of its end day, as the
 * UI's date-range filters say: `_min` starts at 00:00:00Z, `_max` ends at 23:59:59Z. Date-times the
 * caller gave are sent as given.
 */
export function withExplicitDefaults<Value>(params: Record<string, Value>): Record<string, Value | string> {
  const explicit: Record<string, Value | string> = {};
  for (const [key, value] of Object.entries(params)) explicit[key] = rangeBound(key, value);
  explicit.sort_by ??= DEFAULT_SORT_BY;
  return explicit;
}

function rangeBound<Value>(key: string, value: Value): Value | string {
  if (typeof value !== "string" || !DAY.test(value)) return value;
  if (key.endsWith("_min")) return `${value}T00:00:00Z`;
  if (key.endsWith("_max")) return `${value}T23:59:59Z`;
  return value;
}
