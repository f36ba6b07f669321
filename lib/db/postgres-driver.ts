import "server-only";
import pg from "pg";
import type { Db, Queryable } from "./types";

/**
 * A pooled Postgres connection. The pool stays small because serverless platforms run many
 * instances side by side, each with its own pool, in front of a pooled server (Neon, Vercel Postgres).
 * Safe behind a transaction-mode pooler (PgBouncer): no session state is relied on — no SET, LISTEN,
 * session advisory locks or named prepared statements — and a transaction keeps one client from
 * BEGIN to COMMIT. `npm run test:smoke` runs the app through PgBouncer in transaction mode.
 */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max: 5,
    idleTimeoutMillis: 10_000,
    // An unreachable or saturated database fails the request in seconds instead of holding it until
    // the platform's function timeout.
    connectionTimeoutMillis: 10_000,
  });
  // An idle client whose connection the server or pooler closes (Neon suspending, a pooler restart)
  // emits an error on the pool; unhandled, that would crash the process. The pool drops the client
  // and the next query opens a new one.
  pool.on("error", (error) => {
    console.error(`Postgres: an idle connection failed (${error.message}); it will be replaced.`);
  });
  const runner = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await client.query(sql);
    },
  });
  return {
    driver: "postgres",
    ...runner(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await work(runner(client));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
