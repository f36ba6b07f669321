// PostgreSQL and PgBouncer refuse to run as root: as root, run them as the `postgres` user that
// Debian's package creates; as anyone else, run them as they are.
import { chownSync } from "node:fs";
import { execFileSync } from "node:child_process";

const asRoot = process.getuid?.() === 0;

/** Hands a folder the server will write to over to the `postgres` user (when running as root). */
export function giveToPostgresUser(dir) {
  if (!asRoot) return;
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  chownSync(dir, id("-u"), id("-g"));
}

/** `[command, args]` that run `command args` as the `postgres` user (when running as root). */
export function asPostgresUser(command, args) {
  return asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}
