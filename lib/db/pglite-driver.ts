import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { Db, Queryable } from "./types";

/** Embedded Postgres in a folder on disk (or in memory for `memory://`), for demo mode and tests. */
export async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const runner = (target: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await target.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    driver: "pglite",
    ...runner(pg),
    transaction: (work) => pg.transaction((tx) => work(runner(tx))),
    close: () => pg.close(),
  };
}
