// Installs a Debian package the test scripts need, when this machine allows it (root and apt).
import { existsSync } from "node:fs";
import { run } from "./processes.mjs";

/** True once `packageName` is installed; false when it cannot be (not root, no apt, apt failed). */
export async function aptInstall(packageName, purpose) {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`▶ Installing ${packageName} for ${purpose} (apt-get)…`);
  // Other jobs on the machine may hold the dpkg lock for a while: wait for it rather than fail.
  const options = ["-qq", "-o", "DPkg::Lock::Timeout=120"];
  await run("apt-get", ["update", ...options]);
  const code = await run("apt-get", ["install", "-y", ...options, "--no-install-recommends", packageName], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return code === 0;
}
