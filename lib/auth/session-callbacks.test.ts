import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

setInMemoryDemoEnv();

const { authOptions } = await import("./options");
const { getDb } = await import("@/lib/db/client");
const operators = await import("@/lib/db/operators");
const { SESSION_ABSOLUTE_SECONDS } = await import("./session-policy");
const { RECHECK_MS } = await import("./session-status");
const { signOutEverywhere } = await import("./end-sessions");

const jwt = authOptions.callbacks!.jwt!;
const session = authOptions.callbacks!.session!;
const signOutEvent = authOptions.events!.signOut!;
const now = () => Math.floor(Date.now() / 1000);

/** A session cookie's token as sign-in issues it: its own session id and the operator's version. */
async function tokenFor(email: string, signedInAt = now()): Promise<JWT> {
  const row = await operators.findOperatorByEmail(await getDb(), email);
  return {
    email,
    name: row!.name,
    operatorId: row!.id,
    role: row!.role,
    signedInAt,
    sessionId: randomUUID(),
    sessionVersion: row!.session_version,
  };
}

const refresh = async (token: JWT) => (await jwt({ token } as never)) as JWT;

async function newOperator(email: string) {
  await operators.insertOperatorIfAbsent(await getDb(), {
    email,
    name: email,
    role: "agent",
    passwordHash: "x",
  });
  return email;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("session callbacks", () => {
  it("keeps a fresh session of an active operator", async () => {
    const token = await refresh(await tokenFor("viewer@example.com"));
    expect(token.revoked).toBeUndefined();
    const result = (await session({ session: { expires: "x" }, token } as never)) as {
      operator?: { role: string };
    };
    expect(result.operator?.role).toBe("viewer");
  });

  it("issues each sign-in its own session id and the operator's session version", async () => {
    const user = { id: "1", name: "Ada", email: "admin@example.com", role: "admin", sessionVersion: 4 };
    const first = (await jwt({ token: {}, user } as never)) as JWT;
    const second = (await jwt({ token: {}, user } as never)) as JWT;
    expect(first).toMatchObject({ operatorId: "1", sessionVersion: 4 });
    expect(first.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.sessionId).not.toBe(first.sessionId);
  });

  it("ends a session older than the absolute limit of 12 hours", async () => {
    const token = await refresh(await tokenFor("viewer@example.com", now() - SESSION_ABSOLUTE_SECONDS - 1));
    expect(token.revoked).toBe(true);
    const result = (await session({ session: { expires: "x" }, token } as never)) as { operator?: unknown };
    expect(result.operator).toBeUndefined();
  });

  it("ends the session of an operator who was disabled", async () => {
    const token = await tokenFor("agent@example.com");
    await operators.setOperatorDisabled(await getDb(), "agent@example.com", true);
    // The status cache is cold in this test, so the flag is seen at once; in the app within 30 s.
    expect((await refresh(token)).revoked).toBe(true);
  });

  it("ends a token issued before session versions existed", async () => {
    const { sessionVersion: _dropped, ...old } = await tokenFor("viewer@example.com");
    expect((await refresh(old)).revoked).toBe(true);
  });

  it("signing out ends that session for good: a copy of its cookie taken before stops working", async () => {
    const email = await newOperator("copied-cookie@example.com");
    const signedIn = await tokenFor(email);
    const elsewhere = await tokenFor(email);
    const copied = { ...signedIn };
    expect((await refresh(copied)).revoked).toBeUndefined();
    await signOutEvent({ token: signedIn } as never);
    expect((await refresh(copied)).revoked).toBe(true);
    // Only that session: the operator's other browser stays signed in.
    expect((await refresh(elsewhere)).revoked).toBeUndefined();
  });

  it("sign out everywhere ends every session of the operator at once on this instance", async () => {
    const email = await newOperator("everywhere@example.com");
    const [laptop, phone] = [await tokenFor(email), await tokenFor(email)];
    // Both sessions' facts are now cached here for 30 s.
    expect((await refresh(laptop)).revoked).toBeUndefined();
    expect((await refresh(phone)).revoked).toBeUndefined();
    expect(await signOutEverywhere(laptop.operatorId!)).toBe(true);
    expect((await refresh(laptop)).revoked).toBe(true);
    expect((await refresh(phone)).revoked).toBe(true);
    // Signing in again gives a session under the new version.
    expect((await refresh(await tokenFor(email))).revoked).toBeUndefined();
  });

  it.each([
    [
      "a role change",
      (email: string) => getDb().then((db) => operators.setOperatorRole(db, email, "viewer")),
    ],
    [
      "a password change",
      (email: string) => getDb().then((db) => operators.setOperatorPassword(db, email, "h2")),
    ],
  ])(
    "%s ends the operator's sessions within 30 s, whatever this instance had cached",
    async (_label, change) => {
      const email = await newOperator(`change-${randomUUID()}@example.com`);
      const token = await tokenFor(email);
      expect((await refresh(token)).revoked).toBeUndefined();
      await change(email);
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + RECHECK_MS + 1000);
      expect((await refresh(token)).revoked).toBe(true);
    },
  );
});
