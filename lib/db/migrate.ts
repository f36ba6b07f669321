import "server-only";
import { migrations } from "./migrations";
import type { Db, Queryable } from "./types";

// Postgres's "insufficient_privilege": the connected role may not create or alter tables.
const INSUFFICIENT_PRIVILEGE = "42501";

/** Thrown when migrations are pending and the connected role may not apply them. */
export class MigrationPrivilegeError extends Error {
  constructor(pending: string[]) {
    super(
      `The database has migrations to apply (${pending.join(", ")}) and its user may not create tables. ` +
        "Apply them with the database owner's connection string: DATABASE_URL='postgres://owner…' npm run db:migrate " +
        '(README, "Deploying to Vercel").',
    );
    this.name = "MigrationPrivilegeError";
  }
}

const isPrivilegeError = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { code?: unknown }).code === INSUFFICIENT_PRIVILEGE;

/**
 * Applies every migration not yet recorded, each in its own transaction. On Postgres an advisory lock
 * keeps two instances starting at once from applying the same migration (or creating the table that
 * records them) twice. Serverless platforms start instances often, so an up-to-date database costs
 * one transaction of reads only: no DDL runs unless something is pending, so the app may connect as
 * a role that can only read and write rows (README, "Deploying to Vercel").
 */
export async function migrate(db: Db): Promise<string[]> {
  const lock = (tx: Queryable) =>
    db.driver === "postgres" ? tx.query("SELECT pg_advisory_xact_lock(724011)") : Promise.resolve([]);
  const pending = await db
    .transaction(async (tx) => {
      await lock(tx);
      const [table] = await tx.query<{ present: boolean }>(
        "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
      );
      if (!table?.present) {
        await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
        return migrations;
      }
      const rows = await tx.query<{ id: string }>("SELECT id FROM schema_migrations");
      const applied = new Set(rows.map((row) => row.id));
      return migrations.filter((migration) => !applied.has(migration.id));
    })
    .catch((error: unknown) => {
      throw isPrivilegeError(error) ? new MigrationPrivilegeError(migrations.map((m) => m.id)) : error;
    });
  const applied: string[] = [];
  for (const migration of pending) {
    const done = await db
      .transaction(async (tx) => {
        await lock(tx);
        // Another instance may have applied it since the read above.
        const rows = await tx.query("SELECT 1 FROM schema_migrations WHERE id = $1", [migration.id]);
        if (rows.length > 0) return false;
        await tx.exec(migration.sql);
        await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [migration.id]);
        return true;
      })
      .catch((error: unknown) => {
        const left = pending.slice(pending.indexOf(migration)).map((m) => m.id);
        throw isPrivilegeError(error) ? new MigrationPrivilegeError(left) : error;
      });
    if (done) applied.push(migration.id);
  }
  return applied;
}
