import { randomUUID } from "node:crypto";
import { getServerSession } from "next-auth/next";
import { encode, type JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

setInMemoryDemoEnv();

const { authOptions } = await import("./options");
const { operatorFromCookies } = await import("./read-operator");
const { sessionCookieName } = await import("./session-cookie");
const { getDb } = await import("@/lib/db/client");
const operators = await import("@/lib/db/operators");
const { signOutEverywhere } = await import("./end-sessions");
const { SESSION_IDLE_SECONDS } = await import("./session-policy");

type Cookie = { name: string; value: string };
const secret = authOptions.secret!;
const now = () => Math.floor(Date.now() / 1000);

/** A session cookie's value as next-auth's sign-in issues it for this operator. */
async function cookieFor(email: string, maxAge = SESSION_IDLE_SECONDS): Promise<string> {
  const row = await operators.findOperatorByEmail(await getDb(), email);
  const token: JWT = {
    email,
    name: row!.name,
    operatorId: row!.id,
    role: row!.role,
    signedInAt: now(),
    sessionId: randomUUID(),
    sessionVersion: row!.session_version,
  };
  return encode({ token, secret, maxAge });
}

/** What next-auth's own getServerSession answers for these cookies: the reference. */
async function nextAuthOperator(cookies: Cookie[], forwardedProto: string | null = null) {
  const req = {
    headers: { host: "localhost:3000", ...(forwardedProto ? { "x-forwarded-proto": forwardedProto } : {}) },
    cookies: Object.fromEntries(cookies.map((cookie) => [cookie.name, cookie.value])),
  };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  const session = await getServerSession(req as never, res as never, authOptions);
  return session?.operator ?? null;
}

/** Ours and next-auth's answer, which must agree. */
async function both(cookies: Cookie[], forwardedProto: string | null = null) {
  const ours = await operatorFromCookies(cookies, forwardedProto);
  expect(ours).toEqual(await nextAuthOperator(cookies, forwardedProto));
  return ours;
}

const plain = (value: string): Cookie[] => [{ name: "next-auth.session-token", value }];

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("operatorFromCookies answers what next-auth's getServerSession answers", () => {
  it("signs in the operator of a fresh session cookie, twice (the second from the decoded cache)", async () => {
    const cookies = plain(await cookieFor("agent@example.com"));
    expect((await both(cookies))?.role).toBe("agent");
    expect((await both(cookies))?.email).toBe("agent@example.com");
  });

  it("signs in nobody without a cookie, with a tampered one, or with one under another name", async () => {
    expect(await both([])).toBeNull();
    const value = await cookieFor("agent@example.com");
    const tampered = `${value.slice(0, -6)}AAAAAA`;
    expect(await both(plain(tampered))).toBeNull();
    expect(await both([{ name: "other-session", value }])).toBeNull();
  });

  it("joins a cookie next-auth split into chunks, in the chunks' order", async () => {
    const value = await cookieFor("viewer@example.com");
    const cut = Math.floor(value.length / 2);
    const chunks = [
      { name: "next-auth.session-token.1", value: value.slice(cut) },
      { name: "next-auth.session-token.0", value: value.slice(0, cut) },
    ];
    expect((await both(chunks))?.role).toBe("viewer");
  });

  it("signs in nobody with an expired cookie, also one decoded while it was still valid", async () => {
    expect(await both(plain(await cookieFor("agent@example.com", -60)))).toBeNull();
    const cookies = plain(await cookieFor("agent@example.com", 60));
    expect(await both(cookies)).not.toBeNull();
    // 60 s of life plus next-auth's 15 s clock tolerance.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 74_000);
    expect(await both(cookies)).not.toBeNull();
    vi.setSystemTime(Date.now() + 2_000);
    expect(await both(cookies)).toBeNull();
  });

  it("ends the session at once on this instance after sign out everywhere, though its cookie was cached", async () => {
    const email = `bff-${randomUUID()}@example.com`;
    await operators.insertOperatorIfAbsent(await getDb(), {
      email,
      name: email,
      role: "agent",
      passwordHash: "x",
    });
    const cookies = plain(await cookieFor(email));
    expect(await both(cookies)).not.toBeNull();
    const row = await operators.findOperatorByEmail(await getDb(), email);
    await signOutEverywhere(row!.id);
    expect(await both(cookies)).toBeNull();
  });

  it("reads the __Secure- cookie when next-auth's origin is https, and only then", async () => {
    const value = await cookieFor("admin@example.com");
    const secure = [{ name: "__Secure-next-auth.session-token", value }];
    vi.stubEnv("NEXTAUTH_URL", "https://ops.example.com");
    expect((await both(secure))?.role).toBe("admin");
    expect(await both(plain(value))).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(await both(secure)).toBeNull();
    expect((await both(plain(value)))?.role).toBe("admin");
  });
});

describe("sessionCookieName follows next-auth's origin", () => {
  const secureName = "__Secure-next-auth.session-token";
  const plainName = "next-auth.session-token";
  it.each([
    [{ NEXTAUTH_URL: "https://ops.example.com" }, null, secureName],
    [{ NEXTAUTH_URL: "http://localhost:3000" }, "https", plainName],
    [{ NEXTAUTH_URL: "ops.example.com" }, null, secureName],
    [{}, "https", plainName],
    [{ VERCEL: "1" }, null, secureName],
    [{ VERCEL: "1" }, "http", plainName],
    [{ AUTH_TRUST_HOST: "true" }, "https", secureName],
  ])("%o with X-Forwarded-Proto %s → %s", (env, proto, expected) => {
    expect(sessionCookieName(env, proto)).toBe(expected);
  });
});
