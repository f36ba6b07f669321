// List state in the URL: the parsers (shared by the client hook and server-side prefetching), the
// paging rules, and the API query string. Pure: no React, so it is unit-tested and server-safe.
import { createLoader, createParser, parseAsNumberLiteral, type SingleParserBuilder } from "nuqs/server";
import { sortByValues } from "./sort-by";
import type { UrlValue } from "./url-values";

export const PAGE_SIZES = [25, 50, 100, 250] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

const RESERVED_KEYS = ["cursor", "limit", "sort_by", "offset"] as const;
type ReservedKey = (typeof RESERVED_KEYS)[number];

/** Filter name → validator of its URL value (`status: oneOf([...])`, `email: text()`; a zod schema fits too). */
export type FilterSchemas = Record<string, UrlValue>;
type ValueOf<V> = V extends UrlValue<infer T> ? T : never;
export type FilterValues<F extends FilterSchemas> = { [K in keyof F]: ValueOf<F[K]> | null };

export interface ListUrlState<F extends FilterSchemas> {
  /** Opaque Recharge cursor; null on the first page. */
  cursor: string | null;
  limit: PageSize;
  /** `<field>-<asc|desc>`, or null for the server's default order. */
  sortBy: string | null;
  /** Index of the page's first row, only for the "Rows 51–100" hint; null when unknown. */
  offset: number | null;
  filters: FilterValues<F>;
}

function valueParser<T extends string>(schema: UrlValue<T>): SingleParserBuilder<T> {
  return createParser<T>({
    parse: (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : null;
    },
    serialize: (value) => value,
  });
}

const cursorParser = createParser<string>({
  parse: (value) => (value.length > 0 && value.length <= 4096 ? value : null),
  serialize: (value) => value,
});

const offsetParser = createParser<number>({
  parse: (value) => (/^\d{1,9}$/.test(value) ? Number(value) : null),
  serialize: (value) => String(value),
});

function pagingParsers(defaultLimit: PageSize) {
  return {
    cursor: cursorParser,
    limit: parseAsNumberLiteral(PAGE_SIZES).withDefault(defaultLimit),
    offset: offsetParser,
  };
}

export type ListUrlParsers<F extends FilterSchemas> = {
  [K in keyof F]: SingleParserBuilder<ValueOf<F[K]>>;
} & ReturnType<typeof pagingParsers> & {
    sort_by: SingleParserBuilder<string>;
  };

/** Where each key of a list's state sits in the URL. */
export type ListUrlKeys<F extends FilterSchemas> = Partial<Record<keyof ListUrlParsers<F>, string>>;

export interface ListUrlDefinition<F extends FilterSchemas> {
  /** The filter schemas as given (also lets TypeScript infer `F` wherever a definition is passed). */
  filters: F;
  filterKeys: Array<keyof F & string>;
  /** nuqs parsers for every key: `useQueryStates(parsers, { urlKeys })`, `createLoader(parsers, { urlKeys })`. */
  parsers: ListUrlParsers<F>;
  /** Where each key sits in the URL when the list shares its page (`history_cursor`); else undefined. */
  urlKeys: ListUrlKeys<F> | undefined;
  defaultLimit: PageSize;
}

/**
 * Declares one list's URL state. Call at module level (the parsers must be stable) and share the
 * result between `useListUrlState` and the page's server-side `loadListUrlState`. A list that shares
 * its page with others gives a `keyPrefix`, so each keeps its own cursor (`history_cursor`).
 */
export function defineListUrlState<F extends FilterSchemas>(config: {
  filters: F & Partial<Record<ReservedKey, never>>;
  sortFields: readonly string[];
  defaultLimit?: PageSize;
  keyPrefix?: string;
}): ListUrlDefinition<F> {
  const filterKeys = Object.keys(config.filters) as Array<keyof F & string>;
  const reserved = filterKeys.find((key) => (RESERVED_KEYS as readonly string[]).includes(key));
  if (reserved) throw new Error(`"${reserved}" is a paging key and cannot be a filter`);

  const defaultLimit = config.defaultLimit ?? DEFAULT_PAGE_SIZE;
  const allowedSorts = new Set<string>(sortByValues(config.sortFields));
  // Object.fromEntries loses the key → type link that the mapped type restores.
  const filterParsers = Object.fromEntries(
    filterKeys.map((key) => [key, valueParser(config.filters[key] as UrlValue)]),
  ) as unknown as { [K in keyof F]: SingleParserBuilder<ValueOf<F[K]>> };
  const parsers = {
    ...filterParsers,
    ...pagingParsers(defaultLimit),
    sort_by: createParser<string>({ parse: (v) => (allowedSorts.has(v) ? v : null), serialize: (v) => v }),
  };
  const { keyPrefix } = config;
  const urlKeys = keyPrefix
    ? (Object.fromEntries(Object.keys(parsers).map((key) => [key, `${keyPrefix}${key}`])) as ListUrlKeys<F>)
    : undefined;
  return { filters: config.filters, filterKeys, parsers, urlKeys, defaultLimit };
}

/** The parsed URL values (nuqs `useQueryStates` or loader output) as a `ListUrlState`. */
export function readListUrlState<F extends FilterSchemas>(
  definition: ListUrlDefinition<F>,
  values: unknown,
): ListUrlState<F> {
  // Every value below was produced by this definition's parsers, so the casts only restore types.
  const raw = values as Record<string, unknown>;
  const filters = {} as FilterValues<F>;
  for (const key of definition.filterKeys) {
    filters[key] = (raw[key] ?? null) as FilterValues<F>[typeof key];
  }
  return {
    cursor: (raw.cursor as string | null | undefined) ?? null,
    limit: (raw.limit as PageSize | undefined) ?? definition.defaultLimit,
    sortBy: (raw.sort_by as string | null | undefined) ?? null,
    offset: (raw.offset as number | null | undefined) ?? null,
    filters,
  };
}

/** Server side: the list state of a page's `searchParams`, e.g. to prefetch the same query. */
export function loadListUrlState<F extends FilterSchemas>(
  definition: ListUrlDefinition<F>,
  searchParams: Record<string, string | string[] | undefined> | URLSearchParams,
): ListUrlState<F> {
  const loader = createLoader(definition.parsers, { urlKeys: definition.urlKeys });
  return readListUrlState(definition, loader(searchParams));
}

/**
 * A follow-up page's query: ONLY `cursor` and `limit`. The cursor already carries the filters and
 * sort, and Recharge refuses anything else beside it. Every cursor query is written here.
 */
export function cursorPageQuery(cursor: string, limit: PageSize): string {
  return new URLSearchParams({ cursor, limit: String(limit) }).toString();
}

/**
 * What a list always asks for besides its URL's filters, e.g. one customer's charges. Its filters
 * hold whatever the URL says; its `sortBy` applies when the URL names no sort.
 */
export interface ListScope {
  filters?: Record<string, string | null>;
  sortBy?: string | null;
}

/**
 * The API query string. With a cursor, `cursorPageQuery`. Otherwise the filters and the scope's
 * (sorted by key, so the string is a stable query key), `sort_by` and `limit`.
 */
export function toListQueryString<F extends FilterSchemas>(
  state: ListUrlState<F>,
  scope: ListScope = {},
): string {
  if (state.cursor) return cursorPageQuery(state.cursor, state.limit);
  const filters: Record<string, string | null> = { ...state.filters, ...scope.filters };
  const params = new URLSearchParams();
  for (const key of Object.keys(filters).sort()) {
    const value = filters[key];
    if (value !== null && value !== undefined && value !== "") params.set(key, value);
  }
  const sortBy = state.sortBy ?? scope.sortBy;
  if (sortBy) params.set("sort_by", sortBy);
  params.set("limit", String(state.limit));
  return params.toString();
}

/**
 * What an export of the list sends: the list's filters and sort exactly as its first page asks for
 * them, without paging (the export walks every page itself, 250 at a time).
 */
export function exportQueryString<F extends FilterSchemas>(
  state: ListUrlState<F>,
  scope: ListScope = {},
): string {
  const params = new URLSearchParams(toListQueryString({ ...state, cursor: null }, scope));
  params.delete("limit");
  return params.toString();
}

/** 0 on the first page; the URL's offset on a cursor page (null if the link carried none). */
export function firstRowIndex(state: Pick<ListUrlState<FilterSchemas>, "cursor" | "offset">): number | null {
  return state.cursor === null ? 0 : state.offset;
}

export function hasActiveFilters(state: Pick<ListUrlState<FilterSchemas>, "filters">): boolean {
  return Object.values(state.filters).some((value) => value !== null && value !== "");
}
