// PgBouncer in transaction mode in front of a Postgres server: the kind of connection string Vercel
// Postgres, Neon and Supabase hand out as "pooled". Each transaction (or lone statement) may run on a
// different server session, so code that needs one session across statements — SET, LISTEN, session
// advisory locks, named prepared statements, BEGIN on one client and COMMIT on another — breaks here
// as it would there. Debian's `pgbouncer`, installed with apt when missing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { aptInstall } from "./apt.mjs";
import { asPostgresUser, giveToPostgresUser } from "./postgres-user.mjs";
import { freePort, startService, stopService } from "./processes.mjs";

const BINARY = "/usr/sbin/pgbouncer";

function config(server, port, dir, aliases) {
  // `auth_type = any` with a fixed user per entry: the throwaway server trusts loopback anyway.
  const at = `host=${server.hostname} port=${server.port}`;
  const aliasLines = aliases.map(
    ({ name, database, user }) => `${name} = ${at} dbname=${database} user=${user}\n`,
  );
  return `[databases]
${aliasLines.join("")}* = ${at} user=${decodeURIComponent(server.username)}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = any
pool_mode = transaction
default_pool_size = 10
max_client_conn = 200
log_connections = 0
log_disconnections = 0
log_stats = 0
logfile = ${join(dir, "pgbouncer.log")}
`;
}

async function ensureInstalled() {
  if (existsSync(BINARY)) return true;
  return (await aptInstall("pgbouncer", "the production smoke run")) && existsSync(BINARY);
}

/** Answers once a query goes through the pooler to the server, or throws after `timeoutMs`. */
async function waitUntilServing(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PgBouncer did not answer: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Starts a transaction-mode pooler for the server at `serverUrl`. Returns `url(database)` (the pooled
 * URL of one database) and `stop()`, or undefined when PgBouncer cannot be had here. Each of `aliases`
 * (`{name, database, user}`) is a pooled database name that reaches `database` as `user`: with
 * `auth_type = any` the pooler, not the client, decides who it connects as.
 */
export async function startTransactionPooler(serverUrl, { aliases = [] } = {}) {
  if (!(await ensureInstalled())) return undefined;
  const server = new URL(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), "dashboard-pgbouncer-"));
  const port = await freePort();
  writeFileSync(join(dir, "pgbouncer.ini"), config(server, port, dir, aliases));
  giveToPostgresUser(dir);
  // -q: its log goes to the file only, read back when it fails to start.
  const child = startService("pgbouncer", ...asPostgresUser(BINARY, ["-q", join(dir, "pgbouncer.ini")]), {
    exitStopsAll: false,
  });
  const url = (database) => `postgres://${server.username}@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    await stopService(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url("postgres"));
  } catch (error) {
    const log = existsSync(join(dir, "pgbouncer.log"))
      ? readFileSync(join(dir, "pgbouncer.log"), "utf8")
      : "";
    await stop();
    throw new Error(`${error.message}\n${log.slice(-2_000)}`);
  }
  return { url, stop };
}
