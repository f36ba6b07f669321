import "server-only";
import { migrations } from "./migrations";
import type { Db } from "./types";

/**
 * Applies every migration not yet recorded, each in its own transaction. On Postgres an advisory lock
 * keeps two instances starting at once from applying the same migration twice.
 */
export async function migrate(db: Db): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      if (db.driver === "postgres") await tx.query("SELECT pg_advisory_xact_lock(724011)");
      const rows = await tx.query("SELECT 1 FROM schema_migrations WHERE id = $1", [migration.id]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
