// Reads a list call's query: limit, then either a cursor (which carries the filters, sort and include,
// and may only be accompanied by limit) or sort_by, filters and include. Problems become Recharge-style
// 422 bodies.
import { unprocessable, type ApiResult, type FieldErrors } from "../domain/result";
import type { Table } from "../store/table";
import type { CursorCodec, SortOrder } from "./cursor";
import type { CompiledFilter, Row } from "./filters";
import { parseInclude } from "./includes";
import type { ListSpec } from "./list-spec";
import type { Position } from "./paginate";

export interface ListRequest<T extends Row> {
  sort: string;
  order: SortOrder;
  /** Raw filter values, as the cursor carries them. */
  filters: Record<string, string>;
  compiled: CompiledFilter<T>[];
  position: Position | null;
  limit: number;
  /** `include=` names, sorted; [] when none. */
  include: string[];
}

export const INVALID_CURSOR: ApiResult = unprocessable({ cursor: ["Invalid value"] });
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;

function parseLimit(raw: string | null): number | null {
  if (raw === null || raw.trim() === "") return DEFAULT_LIMIT;
  const text = raw.trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  const limit = Number(text);
  return limit >= 1 && limit <= MAX_LIMIT ? limit : null;
}

function compileFilters<T extends Row>(
  spec: ListSpec<T>,
  table: Table<T>,
  raw: Record<string, string>,
  errors: FieldErrors,
) {
  const compiled: CompiledFilter<T>[] = [];
  for (const filter of spec.filters) {
    const value = raw[filter.param];
    if (value === undefined) continue;
    const result = filter.compile(value, table);
    if (typeof result === "string") errors[filter.param] = [result];
    else compiled.push(result);
  }
  return compiled;
}

export function parseListRequest<T extends Row>(
  spec: ListSpec<T>,
  table: Table<T>,
  query: URLSearchParams,
  codec: CursorCodec,
  resource: string,
): ListRequest<T> | ApiResult {
  const limit = parseLimit(query.get("limit"));
  if (limit === null) return unprocessable({ limit: ["must be between 1 and 250"] });
  // Empty values count as absent: `?status=&limit=10` is what many forms send.
  const filters: Record<string, string> = {};
  for (const filter of spec.filters) {
    const value = query.get(filter.param);
    if (value !== null && value.trim() !== "") filters[filter.param] = value;
  }
  const sortBy = query.get("sort_by")?.trim() ?? "";
  const cursor = query.get("cursor")?.trim() ?? "";
  const includeParam = query.get("include")?.trim() ?? "";

  if (cursor !== "") {
    // The cursor carries the first page's include too, so include is refused beside it like a filter.
    if (sortBy !== "" || includeParam !== "" || Object.keys(filters).length > 0) {
      return unprocessable({
        cursor: ["cannot be combined with filters, sort_by or include; send only cursor and limit"],
      });
    }
    const payload = codec.decode(cursor);
    if (!payload || payload.resource !== resource || !spec.sorts.includes(payload.sort))
      return INVALID_CURSOR;
    const errors: FieldErrors = {};
    const compiled = compileFilters(spec, table, payload.filters, errors);
    const include = parseInclude(spec.resource, payload.include, spec.includes);
    const valueType = payload.sort === "id" ? "number" : "string";
    if (Object.keys(errors).length > 0 || !Array.isArray(include) || typeof payload.value !== valueType)
      return INVALID_CURSOR;
    return {
      sort: payload.sort,
      order: payload.order,
      filters: { ...payload.filters },
      compiled,
      position: { value: payload.value, id: payload.id, direction: payload.direction },
      limit,
      include,
    };
  }

  let sort = "id";
  let order: SortOrder = "desc";
  if (sortBy !== "") {
    const match = /^([a-z_]+)-(asc|desc)$/.exec(sortBy.toLowerCase());
    if (!match || !spec.sorts.includes(match[1] as string)) {
      const allowed = spec.sorts.flatMap((field) => [`${field}-asc`, `${field}-desc`]).join(", ");
      return unprocessable({ sort_by: [`must be one of: ${allowed}`] });
    }
    sort = match[1] as string;
    order = match[2] as SortOrder;
  }
  const errors: FieldErrors = {};
  const compiled = compileFilters(spec, table, filters, errors);
  if (Object.keys(errors).length > 0) return unprocessable(errors);
  const include = parseInclude(spec.resource, includeParam, spec.includes);
  if (!Array.isArray(include)) return include;
  return { sort, order, filters, compiled, position: null, limit, include };
}
