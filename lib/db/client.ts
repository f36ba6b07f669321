import "server-only";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { migrate } from "./migrate";
import { openPglite } from "./pglite-driver";
import { openPostgres } from "./postgres-driver";
import { seedDemoOperators } from "./demo-seed";
import type { Db } from "./types";

/** Opens the configured database and brings its schema up to date. */
export async function openDb(options: { databaseUrl?: string; pgliteDataDir: string }): Promise<Db> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.pgliteDataDir);
  await migrate(db);
  return db;
}

// Kept on globalThis so dev-server reloads reuse one connection (PGlite allows one opener per folder).
const holder = globalThis as typeof globalThis & { __appDb?: Promise<Db> };

/** The app's database, opened, migrated (and seeded in demo mode) on first use. */
export function getDb(): Promise<Db> {
  holder.__appDb ??= (async () => {
    const env = serverEnv();
    const db = await openDb({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
    if (env.DEMO_MODE) await seedDemoOperators(db);
    return db;
  })().catch((error: unknown) => {
    holder.__appDb = undefined; // let the next request try again rather than caching the failure
    throw error;
  });
  return holder.__appDb;
}
