// `npm install` when node_modules is missing or older than the lockfile. Never `npm ci`: the
// registry here omits other platforms' optional binaries, which `npm ci` rejects (toolchain.md).
import { existsSync, statSync } from "node:fs";
import { run } from "./processes.mjs";

export async function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  const fresh =
    existsSync(marker) &&
    statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs &&
    statSync(marker).mtimeMs >= statSync("package.json").mtimeMs;
  if (fresh) return;
  console.log("▶ Installing dependencies (npm install)…");
  const code = await run("npm", ["install", "--no-audit", "--no-fund"]);
  if (code !== 0) throw new Error("npm install failed");
}
