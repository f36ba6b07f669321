import { randomBytes, scryptSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

// The real sign-in check against a real (in-memory) PGlite database seeded like demo mode.
setInMemoryDemoEnv();

const { authorizeCredentials } = await import("./credentials");
const { getDb } = await import("@/lib/db/client");
const { findOperatorByEmail, insertOperatorIfAbsent, setOperatorDisabled } =
  await import("@/lib/db/operators");
const { hashPassword } = await import("../security/password");
const { accountRule, pairRule } = await import("../db/sign-in-throttle-policy");
const { currentSessionStatus } = await import("./session-status");

const PASSWORD = "correct horse battery staple";
let hashed: Promise<string> | undefined;

/** An operator of this test alone, so one test's guesses never lock another's account. */
async function operator(email: string): Promise<string> {
  hashed ??= hashPassword(PASSWORD);
  await insertOperatorIfAbsent(await getDb(), {
    email,
    name: email,
    role: "agent",
    passwordHash: await hashed,
  });
  return email;
}

/** What one attempt came to: signed in, refused as a wrong password, or the error code it threw. */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    return (await authorizeCredentials({ email, password }, address)) ? "signed-in" : "refused";
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * `count` wrong passwords, two at a time: as many as the cap on hashing runs at once
 * (lib/security/hash-slots.ts). More would wait for a slot, and on a loaded machine a wait can pass
 * the cap's 2 s and be refused — the cap working, but not what these tests are about.
 */
async function wrongGuesses(email: string, address: string, count: number): Promise<string[]> {
  const results: string[] = [];
  for (let done = 0; done < count; done += 2) {
    const batch = Array.from({ length: Math.min(2, count - done) }, () => attempt(email, "guess", address));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

/** Moves every lock and window of an email into the past, as if the 15 minutes had gone by. */
async function letTimePass(email: string): Promise<void> {
  await (
    await getDb()
  ).query(
    `UPDATE sign_in_throttle SET locked_until = now() - interval '1 second',
       window_started_at = now() - interval '16 minutes' WHERE key LIKE $1`,
    [`%|${email}%`],
  );
}

describe("authorizeCredentials", () => {
  beforeAll(async () => {
    await getDb();
  });

  it("signs in a demo operator with the demo password", async () => {
    const signedIn = await authorizeCredentials(
      { email: "admin@example.com", password: "demo-password" },
      "1.1.1.1",
    );
    expect(signedIn).toMatchObject({ email: "admin@example.com", role: "admin", name: "Ada Admin" });
    expect(signedIn?.sessionVersion).toBe(1);
  });

  it("matches the email case-insensitively", async () => {
    const signedIn = await authorizeCredentials(
      { email: "Agent@Example.com", password: "demo-password" },
      "1.1.1.1",
    );
    expect(signedIn?.role).toBe("agent");
  });

  it.each([
    ["a wrong password", { email: "admin@example.com", password: "wrong" }],
    ["an unknown email", { email: "nobody@example.com", password: "demo-password" }],
    ["a malformed email", { email: "not-an-email", password: "demo-password" }],
    ["a missing password", { email: "admin@example.com" }],
  ])("refuses %s", async (_label, input) => {
    expect(await authorizeCredentials(input, "2.2.2.2")).toBeNull();
  });

  it(`locks an email + address after ${pairRule.limit} failures, even for the right password`, async () => {
    const email = await operator("pair-lock@example.com");
    expect(await wrongGuesses(email, "3.3.3.3", pairRule.limit)).toEqual(
      Array(pairRule.limit).fill("refused"),
    );
    expect(await attempt(email, PASSWORD, "3.3.3.3")).toBe("RateLimited:15");
    // Another address is not punished for this one's guesses (below the account's own limit).
    expect(await attempt(email, PASSWORD, "4.4.4.4")).toBe("signed-in");
    await letTimePass(email);
    expect(await attempt(email, PASSWORD, "3.3.3.3")).toBe("signed-in");
  });

  it("counts 25 parallel wrong passwords as 25: none slips under the limit of 10", async () => {
    const email = await operator("parallel@example.com");
    const results = await Promise.all(Array.from({ length: 25 }, () => attempt(email, "guess", "5.5.5.5")));
    expect(results.filter((result) => result === "signed-in")).toEqual([]);
    // Attempts 11 to 25 meet the lock (some of the first ten may meet the cap on hashing instead).
    expect(results.filter((result) => result.startsWith("RateLimited")).length).toBeGreaterThanOrEqual(
      25 - pairRule.limit,
    );
    expect(await attempt(email, PASSWORD, "5.5.5.5")).toBe("RateLimited:15");
  });

  it(`locks the account for every address after ${accountRule.limit} failures spread over many`, async () => {
    const email = await operator("spread@example.com");
    const addresses = ["6.0.0.1", "6.0.0.2", "6.0.0.3", "6.0.0.4"];
    for (const address of addresses) {
      const each = accountRule.limit / addresses.length;
      expect(await wrongGuesses(email, address, each)).toEqual(Array(each).fill("refused"));
    }
    expect(await attempt(email, PASSWORD, "6.0.0.99")).toBe("RateLimited:15");
    await letTimePass(email);
    expect(await attempt(email, PASSWORD, "6.0.0.99")).toBe("signed-in");
  }, 30_000);

  it("locks an email nobody has exactly like a real one, so a lock reveals nothing", async () => {
    const results: Record<string, string> = {};
    for (const email of [await operator("real-one@example.com"), "made-up@example.com"]) {
      await wrongGuesses(email, "7.7.7.7", pairRule.limit);
      results[email] = await attempt(email, PASSWORD, "7.7.7.7");
    }
    expect(Object.values(results)).toEqual(["RateLimited:15", "RateLimited:15"]);
  }, 30_000);

  it("rehashes an old N=2^15 hash with today's parameters on the next sign-in, keeping sessions", async () => {
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ["scrypt", 2 ** 15, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    const db = await getDb();
    await insertOperatorIfAbsent(db, {
      email: "old-hash@example.com",
      name: "Old",
      role: "viewer",
      passwordHash: old,
    });
    expect(await attempt("old-hash@example.com", PASSWORD, "8.8.8.8")).toBe("signed-in");
    const row = await findOperatorByEmail(db, "old-hash@example.com");
    expect(row?.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row?.session_version).toBe(1);
    expect(await attempt("old-hash@example.com", PASSWORD, "8.8.8.8")).toBe("signed-in");
  });

  it("refuses a disabled operator, and the session re-check sees them disabled", async () => {
    const signedIn = await authorizeCredentials(
      { email: "agent@example.com", password: "demo-password" },
      "9.9.9.9",
    );
    expect(signedIn).not.toBeNull();
    await setOperatorDisabled(await getDb(), "agent@example.com", true);
    expect(
      await authorizeCredentials({ email: "agent@example.com", password: "demo-password" }, "9.9.9.9"),
    ).toBeNull();
    // A fresh process (no cached status) reads the flag straight from the database.
    expect((await currentSessionStatus(signedIn!.id, "any-session"))?.active).toBe(false);
  });
});
