// Answers a list call: parse, pick the cheapest row source, page, and mint the two cursors.
import { ok, type ApiResult } from "../domain/result";
import type { Store } from "../store/store";
import { comparePosition, type SortValue, type Table } from "../store/table";
import type { CursorCodec } from "./cursor";
import type { CompiledFilter, Row } from "./filters";
import { withIncludes } from "./includes";
import { parseListRequest } from "./list-request";
import type { ListSpec } from "./list-spec";
import { paginateMany } from "./paginate";

/** Below this many index candidates, sorting them beats scanning the whole sorted index. */
const CANDIDATE_LIMIT = 2_000;

export interface ListContext<T extends Row> {
  store: Store;
  codec: CursorCodec;
  query: URLSearchParams;
  /** A fixed filter, e.g. the batch whose tasks are listed; part of the cursor namespace. */
  scope?: { name: string; filter: CompiledFilter<T> };
}

/** One predicate from many, without a closure call per check in the hot loop's common cases. */
function combine<T>(tests: readonly ((row: T) => boolean)[]): (row: T) => boolean {
  const [a, b] = tests;
  if (tests.length === 0 || !a) return () => true;
  if (tests.length === 1) return a;
  if (tests.length === 2 && b) return (row) => a(row) && b(row);
  return (row) => {
    for (const check of tests) if (!check(row)) return false;
    return true;
  };
}

/**
 * Where the page's rows come from, cheapest first: a small set of index candidates (sorted here), the
 * sorted partitions a filter selects, or the table's whole sorted index.
 */
function sourcesFor<T extends Row>(
  table: Table<T>,
  filters: readonly CompiledFilter<T>[],
  sort: string,
  key: (row: T) => SortValue,
): (readonly T[])[] {
  let best: CompiledFilter<T> | undefined;
  for (const filter of filters) {
    if (filter.candidates && (filter.candidateCount ?? Infinity) <= (best?.candidateCount ?? CANDIDATE_LIMIT))
      best = filter;
  }
  if (best?.candidates)
    return [best.candidates().sort((a, b) => comparePosition(key(a), a.id, key(b), b.id))];
  const partitioned = filters.find(
    (filter) => filter.partition && filter.partition.name === table.partitionName,
  );
  if (partitioned?.partition) return partitioned.partition.values.map((value) => table.sortedBy(sort, value));
  return [table.sortedBy(sort)];
}

export function runList<T extends Row>(spec: ListSpec<T>, context: ListContext<T>): ApiResult {
  const table = spec.table(context.store);
  const resource = context.scope ? `${spec.resource}:${context.scope.name}` : spec.resource;
  const request = parseListRequest(spec, table, context.query, context.codec, resource);
  if ("status" in request) return request;

  const filters = context.scope ? [context.scope.filter, ...request.compiled] : request.compiled;
  const visible = spec.visible?.(context.store.now());
  const tests = visible ? [...filters.map((f) => f.test), visible] : filters.map((f) => f.test);
  const test = combine(tests);
  const key = table.sortKey(request.sort);
  if (!key) throw new Error(`${spec.resource} has no sort index ${request.sort}`);

  const query = { key, test, order: request.order, position: request.position, limit: request.limit };
  const page = paginateMany(query, sourcesFor(table, filters, request.sort, key));
  const mint = (row: T | undefined, direction: "next" | "prev") => {
    const anchor = row ? { value: key(row), id: row.id } : request.position;
    if (!anchor) return null;
    return context.codec.encode({
      resource,
      sort: request.sort,
      order: request.order,
      filters: request.filters,
      value: anchor.value,
      id: anchor.id,
      direction,
      include: request.include.join(","),
    });
  };
  const rows =
    request.include.length === 0
      ? page.rows
      : page.rows.map((row) => withIncludes(context.store, row, request.include, spec.includes));
  return ok({
    next_cursor: page.hasAfter ? mint(page.rows[page.rows.length - 1], "next") : null,
    previous_cursor: page.hasBefore ? mint(page.rows[0], "prev") : null,
    [spec.resource]: rows,
  });
}
