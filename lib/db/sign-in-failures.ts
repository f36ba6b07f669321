import "server-only";
import type { Queryable } from "./types";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES = 10;

/** Failed attempts for this key inside the window (old rows are pruned on the way). */
export async function countRecentSignInFailures(db: Queryable, key: string): Promise<number> {
  await db.query(`DELETE FROM sign_in_failures WHERE created_at < now() - interval '1 day'`);
  const rows = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM sign_in_failures
     WHERE key = $1 AND created_at > now() - make_interval(mins => $2)`,
    [key, SIGN_IN_WINDOW_MINUTES],
  );
  return rows[0]?.count ?? 0;
}

export async function recordSignInFailure(db: Queryable, key: string): Promise<void> {
  await db.query("INSERT INTO sign_in_failures (key) VALUES ($1)", [key]);
}
