import "server-only";
import { DEFAULT_PGLITE_DATA_DIR, serverEnv } from "@/lib/env/server-env.mjs";
import { migrate } from "./migrate";
import { openPglite } from "./pglite-driver";
import { openPostgres } from "./postgres-driver";
import { seedDemoOperators } from "./demo-seed";
import type { Db } from "./types";

export interface DbLocation {
  /** Postgres when set; otherwise the embedded PGlite in `pgliteDataDir`. */
  databaseUrl?: string;
  pgliteDataDir: string;
}

/**
 * For command-line scripts, which do not load (or need) the server's whole environment: the same two
 * variables, read the same way as lib/env/server-env.mjs reads them.
 */
export function dbLocationFromEnv(env: NodeJS.ProcessEnv = process.env): DbLocation {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DATA_DIR,
  };
}

/** Opens the configured database as it is, without touching its schema. */
export function connectDb({ databaseUrl, pgliteDataDir }: DbLocation): Promise<Db> {
  return databaseUrl ? openPostgres(databaseUrl) : openPglite(pgliteDataDir);
}

/** Opens the configured database and brings its schema up to date. */
export async function openDb(location: DbLocation): Promise<Db> {
  const db = await connectDb(location);
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
