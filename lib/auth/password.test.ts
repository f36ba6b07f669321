import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
  });

  it("salts each hash, so equal passwords give different hashes", async () => {
    const [first, second] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
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
  ])("a malformed stored hash never matches (%s)", async (stored) => {
    expect(await verifyPassword("anything", stored)).toBe(false);
  });
});
