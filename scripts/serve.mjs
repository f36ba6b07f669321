// npm run serve: `next start`, after the environment check. Next prints "Ready" before it loads
// next.config.mjs (where the same check runs, for the build and for anyone starting `next` directly),
// so a refused environment would first be announced as ready. Here it is checked first, with the
// NODE_ENV `next start` will run under, and the server is only started when it passes.
import { spawn } from "node:child_process";
import { parseServerEnv } from "../lib/env/server-env.mjs";

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" };
try {
  parseServerEnv(env);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const child = spawn("node_modules/.bin/next", ["start", ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
