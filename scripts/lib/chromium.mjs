// Playwright cannot download its browser here, so e2e uses Debian's chromium (toolchain.md).
import { existsSync } from "node:fs";
import { run } from "./processes.mjs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export async function ensureChromium() {
  if (existsSync(DEBIAN_CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("▶ Installing Debian chromium for Playwright (apt-get)…");
    if ((await run("apt-get", ["update", "-qq"])) !== 0) throw new Error("apt-get update failed");
    const code = await run("apt-get", ["install", "-y", "-qq", "chromium"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (code !== 0) throw new Error("apt-get install chromium failed");
    return;
  }
  console.log("! /usr/bin/chromium is missing and cannot be installed here; using Playwright's own browser.");
}
