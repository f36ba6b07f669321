import "server-only";
import type { Queryable } from "./types";

export interface KeysetPageRequest {
  limit: number;
  /** Walk older: rows with a smaller id than this. */
  after?: string;
  /** Walk newer: rows with a larger id than this. */
  before?: string;
}

/**
 * One page of `table`, newest first, by keyset on its bigserial `id`. Reads one extra row to know
 * whether another page exists; walking back reads ascending from the cursor, then flips the rows.
 * `where` holds conditions with `?` placeholders, filled from `values` in order.
 */
export async function keysetPage<Row extends object>(
  db: Queryable,
  query: { select: string; table: string; where?: { sql: string; value: unknown }[] },
  page: KeysetPageRequest,
): Promise<{ rows: Row[]; hasMore: boolean }> {
  const conditions = [...(query.where ?? [])];
  if (page.after) conditions.push({ sql: `${query.table}.id < ?`, value: page.after });
  if (page.before) conditions.push({ sql: `${query.table}.id > ?`, value: page.before });
  const params: unknown[] = [];
  const where = conditions.map((condition) => {
    params.push(condition.value);
    return condition.sql.replace("?", `$${params.length}`);
  });
  params.push(page.limit + 1);
  const order = page.before ? "ASC" : "DESC";
  const rows = await db.query<Row>(
    `SELECT ${query.select} FROM ${query.table} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY ${query.table}.id ${order} LIMIT $${params.length}`,
    params,
  );
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  return { rows: page.before ? pageRows.reverse() : pageRows, hasMore };
}
