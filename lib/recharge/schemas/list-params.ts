import "server-only";
import { z } from "zod";
import { dateOrTimestampSchema, rechargeIdSchema } from "./common";

/** Page size: Recharge's default is 50, its maximum 250. */
export const listLimitSchema = z.number().int().min(1).max(250);

/** `ids` filter: sent comma-joined. */
export const idsFilterSchema = z.array(rechargeIdSchema).min(1).max(250);

/** Range filters (`created_at_min` …) take a date or a timestamp. */
export const rangeFilterSchema = dateOrTimestampSchema;

type SortBy<Field extends string> = `${Field}-asc` | `${Field}-desc`;

/** `sort_by=<field>-<asc|desc>` for the given sortable fields. */
export function sortBySchema<Field extends string>(fields: readonly Field[]) {
  const values = fields.flatMap((field) => [`${field}-asc`, `${field}-desc`]) as SortBy<Field>[];
  return z.enum(values as [SortBy<Field>, ...SortBy<Field>[]]);
}

/**
 * A first-page query: the resource's filters plus `sort_by` and `limit`. Strict, so a misspelt
 * filter is an error here instead of being silently ignored upstream.
 */
export function firstPageSchema<Shape extends z.ZodRawShape, Field extends string>(
  filters: Shape,
  sortFields: readonly Field[],
) {
  return z.strictObject({
    ...filters,
    sort_by: sortBySchema(sortFields).optional(),
    limit: listLimitSchema.optional(),
  });
}

/** A follow-up page: the cursor carries filters and sort, so only `limit` may accompany it. */
export const cursorPageSchema = z.strictObject({
  cursor: z.string().min(1),
  limit: listLimitSchema.optional(),
});

/**
 * List params of a resource: either a first page (filters, sort_by, limit) or a cursor page
 * (cursor and limit only; the type forbids filters beside a cursor, and so does the runtime).
 */
export type ListParams<FirstPage extends object> =
  | (FirstPage & { cursor?: undefined })
  | ({ cursor: string; limit?: number } & { [Key in Exclude<keyof FirstPage, "limit">]?: never });
