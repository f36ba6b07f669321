import "server-only";
import { migrations } from "./migrations";
import type { Db, Queryable } from "./types";

/**
 * Applies every migration not yet recorded, each in its own transaction. On Postgres an advisory lock
 * keeps two instances starting at once from applying the same migration (or creating the table that
 * records them) twice. Serverless platforms start instances often, so an up-to-date database costs
 * one transaction: the applied ids are read once and only missing migrations take the slow path.
 */
export async function migrate(db: Db): Promise<string[]> {
  const lock = (tx: Queryable) =>
    db.driver === "postgres" ? tx.query("SELECT pg_advisory_xact_lock(724011)") : Promise.resolve([]);
  const pending = await db.transaction(async (tx) => {
    await lock(tx);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await tx.query<{ id: string }>("SELECT id FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.id));
    return migrations.filter((migration) => !applied.has(migration.id));
  });
  const applied: string[] = [];
  for (const migration of pending) {
    const done = await db.transaction(async (tx) => {
      await lock(tx);
      // Another instance may have applied it since the read above.
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
