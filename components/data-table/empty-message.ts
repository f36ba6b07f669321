// The words of a list's empty state. An empty list must say which filters produced nothing, so the
// operator can tell "no such charge" from "the filters are too narrow".

const conjunction = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * One date-range filter in words: "created between 2026-01-01 and 2026-02-01", "processed on or after
 * 2026-01-01"; null when neither end is set.
 */
export function dateRangePhrase(
  verb: string,
  from: string | null,
  to: string | null,
  format: (value: string) => string = (value) => value,
): string | null {
  if (from && to) return `${verb} between ${format(from)} and ${format(to)}`;
  if (from) return `${verb} on or after ${format(from)}`;
  if (to) return `${verb} on or before ${format(to)}`;
  return null;
}

/**
 * "No charges with id 1 and for customer 7." from the phrases of the filters that are set (unset ones
 * are null or false), or `nothingYet` when no filter is set.
 */
export function emptyListMessage(
  plural: string,
  phrases: readonly (string | null | false | undefined)[],
  nothingYet: string,
): string {
  const set = phrases.filter((phrase): phrase is string => Boolean(phrase));
  return set.length ? `No ${plural} ${conjunction.format(set)}.` : nothingYet;
}
