import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

/** A hash as this app stored it before N was raised: scrypt N=2^15, r=8, p=1. */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
  return ["scrypt", 2 ** 15, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
  });

  it("hashes with OWASP's minimum for scrypt, N=2^17, r=8, p=1, and says so in the hash", async () => {
    const hash = await hashPassword("same");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies a hash made with the old N=2^15 and marks it for rehashing", async () => {
    const old = legacyHash("demo-password");
    expect(await verifyPassword("demo-password", old)).toBe(true);
    expect(await verifyPassword("other-password", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it("salts each hash, so equal passwords give different hashes", async () => {
    const [first, second] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(first).not.toBe(second);
  });

  it("never stores the password itself", async () => {
    expect(await hashPassword("demo-password")).not.toContain("demo-password");
  });

  it.each([
    "",
    "plain",
    "scrypt$1$8$1$c2FsdA==$a2V5",
    "bcrypt$x$y$z$a$b",
    "scrypt$NaN$8$1$c2FsdA==$" + "A".repeat(44),
    "scrypt$3$8$1$c2FsdA==$" + "A".repeat(44),
    // Parameters needing gigabytes are never run, whatever a stored hash says.
    "scrypt$1048576$8$1$c2FsdA==$" + "A".repeat(44),
  ])("a malformed stored hash never matches, and never throws (%s)", async (stored) => {
    await expect(verifyPassword("anything", stored)).resolves.toBe(false);
  });
});
