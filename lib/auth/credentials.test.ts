import { beforeAll, describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

// The real sign-in check against a real (in-memory) PGlite database seeded like demo mode.
setInMemoryDemoEnv();

const { authorizeCredentials, SIGN_IN_RATE_LIMITED } = await import("./credentials");
const { getDb } = await import("@/lib/db/client");
const { setOperatorDisabled } = await import("@/lib/db/operators");
const { SIGN_IN_MAX_FAILURES } = await import("@/lib/db/sign-in-failures");
const { currentOperatorStatus } = await import("./operator-status");

describe("authorizeCredentials", () => {
  beforeAll(async () => {
    await getDb();
  });

  it("signs in a demo operator with the demo password", async () => {
    const operator = await authorizeCredentials(
      { email: "admin@example.com", password: "demo-password" },
      "1.1.1.1",
    );
    expect(operator).toMatchObject({ email: "admin@example.com", role: "admin", name: "Ada Admin" });
  });

  it("matches the email case-insensitively", async () => {
    const operator = await authorizeCredentials(
      { email: "Agent@Example.com", password: "demo-password" },
      "1.1.1.1",
    );
    expect(operator?.role).toBe("agent");
  });

  it.each([
    ["a wrong password", { email: "admin@example.com", password: "wrong" }],
    ["an unknown email", { email: "nobody@example.com", password: "demo-password" }],
    ["a malformed email", { email: "not-an-email", password: "demo-password" }],
    ["a missing password", { email: "admin@example.com" }],
  ])("refuses %s", async (_label, input) => {
    expect(await authorizeCredentials(input, "2.2.2.2")).toBeNull();
  });

  it(`locks an email + IP after ${SIGN_IN_MAX_FAILURES} failures, even for the right password`, async () => {
    const email = "viewer@example.com";
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt++) {
      expect(await authorizeCredentials({ email, password: "guess" }, "3.3.3.3")).toBeNull();
    }
    await expect(authorizeCredentials({ email, password: "demo-password" }, "3.3.3.3")).rejects.toThrow(
      SIGN_IN_RATE_LIMITED,
    );
    // Another address is not punished for the attacker's guesses.
    expect(await authorizeCredentials({ email, password: "demo-password" }, "4.4.4.4")).not.toBeNull();
  });

  it("refuses a disabled operator, and the session re-check sees them disabled", async () => {
    const operator = await authorizeCredentials(
      { email: "agent@example.com", password: "demo-password" },
      "5.5.5.5",
    );
    expect(operator).not.toBeNull();
    await setOperatorDisabled(await getDb(), "agent@example.com", true);
    expect(
      await authorizeCredentials({ email: "agent@example.com", password: "demo-password" }, "5.5.5.5"),
    ).toBeNull();
    // A fresh process (no cached status) reads the flag straight from the database.
    expect((await currentOperatorStatus(operator!.id))?.active).toBe(false);
  });
});
