// A throwaway PostgreSQL server for the tests of the Postgres driver and the production smoke run:
// Debian's `postgresql`, started in a temporary folder on a free loopback port, removed afterwards.
// Installed with apt when missing.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aptInstall } from "./apt.mjs";
import { asPostgresUser, giveToPostgresUser } from "./postgres-user.mjs";
import { freePort, run } from "./processes.mjs";

function findBinDir() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, "bin")).find((dir) => existsSync(join(dir, "initdb")));
}

async function ensureInstalled() {
  if (findBinDir()) return true;
  return (await aptInstall("postgresql", "the Postgres tests")) && Boolean(findBinDir());
}

/** Starts a server and returns its URL and a stop function, or undefined when none can be had. */
export async function startTestPostgres() {
  if (!(await ensureInstalled())) return undefined;
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), "dashboard-pg-"));
  const port = await freePort();
  giveToPostgresUser(dir);
  const exec = ([command, ...args]) => run(...asPostgresUser(command, args), { stdio: "ignore" });
  if ((await exec([join(bin, "initdb"), "-D", join(dir, "data"), "-U", "postgres", "-A", "trust"])) !== 0)
    return undefined;
  const started = await exec([
    join(bin, "pg_ctl"),
    "-D",
    join(dir, "data"),
    "-w",
    "-l",
    join(dir, "log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "start",
  ]);
  if (started !== 0) return undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await exec([join(bin, "pg_ctl"), "-D", join(dir, "data"), "-m", "immediate", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
