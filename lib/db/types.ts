import "server-only";

/** A row-returning SQL runner: the only thing the rest of the app knows about the database. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The app's database: PGlite embedded or a real Postgres, behind the same small interface. */
export interface Db extends Queryable {
  readonly driver: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
