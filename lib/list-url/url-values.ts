// Validators for filter values in the URL. Structurally they are what zod's `safeParse` is, so a zod
// schema still fits, but list pages need not ship zod (tens of kB) just to read their query string.

export interface UrlValue<T extends string = string> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function check<T extends string>(accept: (value: string) => value is T): UrlValue<T> {
  return {
    safeParse: (value) =>
      typeof value === "string" && accept(value) ? { success: true, data: value } : { success: false },
  };
}

/** One of a fixed list (statuses, types). */
export function oneOf<const T extends string>(values: readonly T[]): UrlValue<T> {
  return check((value): value is T => (values as readonly string[]).includes(value));
}

/** A string the pattern matches from start to end. */
export function matching(pattern: RegExp): UrlValue {
  const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace("g", ""));
  return check((value): value is string => anchored.test(value));
}

/** A real calendar day, YYYY-MM-DD (2026-02-31 is refused). */
export function isoDay(): UrlValue {
  return check((value): value is string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  });
}

/** Free text of a bounded length, trimmed of nothing (the URL keeps what the operator typed). */
export function text({
  min = 1,
  max = 255,
  contains,
}: { min?: number; max?: number; contains?: string } = {}): UrlValue {
  return check(
    (value): value is string =>
      value.trim().length >= min &&
      value.length <= max &&
      (contains === undefined || value.includes(contains)),
  );
}
