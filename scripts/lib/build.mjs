// `next build` only when the build is missing or older than any source file.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { step } from "./processes.mjs";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsStale() {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export async function buildIfStale(env) {
  if (!buildIsStale()) {
    console.log("✓ Production build is up to date");
    return;
  }
  await step("Production build (next build)", "npx", ["next", "build"], { env });
}
