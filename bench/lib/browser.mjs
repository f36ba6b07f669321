// The Chromium the benchmarks drive (Debian's when installed, as in the e2e suite), and the signed-in
// session's cookies in the form Playwright takes.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function launchBrowser() {
  return chromium.launch({
    ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
}

/** A `Cookie` header from signIn() as Playwright cookies for the app's origin. */
export function cookiesFor(cookie, appUrl) {
  return cookie.split("; ").map((pair) => {
    const [name, ...value] = pair.split("=");
    return { name, value: value.join("="), url: appUrl };
  });
}
