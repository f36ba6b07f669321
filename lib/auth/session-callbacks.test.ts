import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

setInMemoryDemoEnv();

const { authOptions } = await import("./options");
const { getDb } = await import("@/lib/db/client");
const { findOperatorByEmail, setOperatorDisabled } = await import("@/lib/db/operators");
const { SESSION_ABSOLUTE_SECONDS } = await import("./session-policy");

const jwt = authOptions.callbacks!.jwt!;
const session = authOptions.callbacks!.session!;
const now = () => Math.floor(Date.now() / 1000);

async function tokenFor(email: string, signedInAt = now()): Promise<JWT> {
  const row = await findOperatorByEmail(await getDb(), email);
  return { email, name: row!.name, operatorId: row!.id, role: row!.role, signedInAt };
}

describe("session callbacks", () => {
  it("keeps a fresh session of an active operator", async () => {
    const token = (await jwt({ token: await tokenFor("viewer@example.com") } as never)) as JWT;
    expect(token.revoked).toBeUndefined();
    const result = (await session({ session: { expires: "x" }, token } as never)) as {
      operator?: { role: string };
    };
    expect(result.operator?.role).toBe("viewer");
  });

  it("ends a session older than the absolute limit of 12 hours", async () => {
    const old = await tokenFor("viewer@example.com", now() - SESSION_ABSOLUTE_SECONDS - 1);
    const token = (await jwt({ token: old } as never)) as JWT;
    expect(token.revoked).toBe(true);
    const result = (await session({ session: { expires: "x" }, token } as never)) as { operator?: unknown };
    expect(result.operator).toBeUndefined();
  });

  it("ends the session of an operator who was disabled", async () => {
    const token = await tokenFor("agent@example.com");
    await setOperatorDisabled(await getDb(), "agent@example.com", true);
    // The status cache is cold in this test, so the flag is seen at once; in the app within 30 s.
    const refreshed = (await jwt({ token } as never)) as JWT;
    expect(refreshed.revoked).toBe(true);
  });
});
