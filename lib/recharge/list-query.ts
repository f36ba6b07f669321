import "server-only";
import type { z } from "zod";
import { cursorPageSchema } from "./schemas/list-params";
import { invalidRequest, parseInput } from "./input-validation";
import { withExplicitDefaults } from "./list-query-defaults";

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Validates list params and turns them into a query string. Recharge answers 422 to any filter or
 * sort_by beside a cursor, so that is refused here, before anything is sent. A first page always
 * names its order and sends range days as UTC date-times (list-query-defaults.ts); a cursor page
 * sends only the cursor and limit, since the cursor carries both.
 */
export function toListQuery(params: object | undefined, firstPage: z.ZodType, what: string): URLSearchParams {
  const input = (params ?? {}) as Record<string, QueryValue>;
  if (input.cursor !== undefined) {
    const extra = Object.keys(input).filter(
      (key) => key !== "cursor" && key !== "limit" && input[key] !== undefined,
    );
    if (extra.length > 0) {
      throw invalidRequest(`Invalid ${what} params: only limit may accompany a cursor`, {
        cursor: [`cannot be combined with ${extra.join(", ")}; only limit may accompany a cursor`],
      });
    }
    return serialize(parseInput(cursorPageSchema, stripUndefined(input), `${what} params`));
  }
  const parsed = parseInput(firstPage, stripUndefined(input), `${what} params`) as Record<string, QueryValue>;
  return serialize(withExplicitDefaults(parsed));
}

function stripUndefined(input: Record<string, QueryValue>) {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** Arrays (ids) go comma-joined, as Recharge expects; booleans as true/false. */
function serialize(values: Record<string, QueryValue>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    query.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return query;
}
