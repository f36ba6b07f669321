import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const ORIGIN = "https://ops.example.com";
setInMemoryDemoEnv({ NEXTAUTH_URL: ORIGIN });

const session = vi.hoisted(() => ({ operator: null as SessionOperator | null }));
vi.mock("@/lib/auth/session", () => ({ getOperator: async () => session.operator }));

const { POST } = await import("./route");
const { POST: signOutMe } = await import("@/app/api/me/sign-out-everywhere/route");
const { authOptions } = await import("@/lib/auth/options");
const { getDb } = await import("@/lib/db/client");
const { findOperatorByEmail } = await import("@/lib/db/operators");

const request = (path: string, body: unknown = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: ORIGIN, "idempotency-key": randomUUID() },
  });
const signOutOther = (id: string, body?: unknown) =>
  POST(request(`/api/operators/${id}/sign-out-everywhere`, body), { params: Promise.resolve({ id }) });

/** A live session cookie's token for a demo operator, as sign-in issues it. */
async function sessionOf(email: string): Promise<{ id: string; token: JWT }> {
  const row = (await findOperatorByEmail(await getDb(), email))!;
  const token = { email, operatorId: row.id, role: row.role, name: row.name, sessionId: randomUUID() };
  return {
    id: row.id,
    token: { ...token, signedInAt: Math.floor(Date.now() / 1000), sessionVersion: row.session_version },
  };
}
const stillSignedIn = async (token: JWT) =>
  !((await authOptions.callbacks!.jwt!({ token } as never)) as JWT).revoked;

const as = async (email: string) => {
  const row = (await findOperatorByEmail(await getDb(), email))!;
  session.operator = { id: row.id, email, name: row.name, role: row.role };
};

describe("POST /api/operators/{id}/sign-out-everywhere", () => {
  it("lets an admin end every session of another operator, and audits it", async () => {
    const agent = await sessionOf("agent@example.com");
    expect(await stillSignedIn(agent.token)).toBe(true);
    await as("admin@example.com");
    const response = await signOutOther(agent.id, { reason: "lost laptop" });
    expect(response.status).toBe(200);
    expect((await response.json()).data).toEqual({ operator_id: agent.id, signed_out_everywhere: true });
    expect(await stillSignedIn(agent.token)).toBe(false);
    const [audit] = await (
      await getDb()
    ).query(
      "SELECT operator_email, action, target_id, outcome, reason FROM audit_log ORDER BY id DESC LIMIT 1",
    );
    expect(audit).toEqual({
      operator_email: "admin@example.com",
      action: "operator.sign_out_everywhere",
      target_id: agent.id,
      outcome: "succeeded",
      reason: "lost laptop",
    });
  });

  it("refuses an agent (403) and changes nothing", async () => {
    const viewer = await sessionOf("viewer@example.com");
    await as("agent@example.com");
    expect((await signOutOther(viewer.id)).status).toBe(403);
    expect(await stillSignedIn(viewer.token)).toBe(true);
  });

  it("answers 404 for an operator that does not exist", async () => {
    await as("admin@example.com");
    expect((await signOutOther("999999")).status).toBe(404);
  });
});

describe("POST /api/me/sign-out-everywhere", () => {
  it("ends every session of the signed-in operator, whatever their role", async () => {
    const [laptop, phone] = [await sessionOf("viewer@example.com"), await sessionOf("viewer@example.com")];
    await as("viewer@example.com");
    const response = await signOutMe(request("/api/me/sign-out-everywhere"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await stillSignedIn(laptop.token)).toBe(false);
    expect(await stillSignedIn(phone.token)).toBe(false);
  });
});
