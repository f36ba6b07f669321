import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_NEXTAUTH_SECRET } from "../lib/env/server-env.mjs";
import { DEMO_PASSWORD } from "./fixtures/operators";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("the browser bundle (.next/static) holds no password, secret or Recharge token", () => {
  const secrets = [
    DEMO_PASSWORD,
    DEMO_NEXTAUTH_SECRET,
    "sandbox_admin_token",
    "sandbox_readonly_token",
    process.env.RECHARGE_API_TOKEN,
    process.env.NEXTAUTH_SECRET,
  ].filter((value): value is string => Boolean(value));
  const files = filesUnder(".next/static");
  expect(files.length).toBeGreaterThan(0);
  const leaks = files.flatMap((file) => {
    const text = readFileSync(file, "latin1");
    return secrets
      .filter((secret) => text.includes(secret))
      .map((secret) => `${file}: ${secret.slice(0, 6)}…`);
  });
  expect(leaks).toEqual([]);
});
