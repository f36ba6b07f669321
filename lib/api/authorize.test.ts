import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const ORIGIN = "https://ops.example.com";
setInMemoryDemoEnv({ NEXTAUTH_URL: ORIGIN });

const session = vi.hoisted(() => ({ operator: null as SessionOperator | null }));
vi.mock("@/lib/auth/session", () => ({ getOperator: async () => session.operator }));

const { authorize } = await import("./authorize");

const agent: SessionOperator = { id: "2", email: "agent@example.com", name: "Alex", role: "agent" };
const viewer: SessionOperator = { id: "3", email: "viewer@example.com", name: "Vic", role: "viewer" };

const post = (headers: Record<string, string>) =>
  new Request(`${ORIGIN}/api/charges/1/skip`, { method: "POST", headers });
const json = { "content-type": "application/json", origin: ORIGIN };

/** "admitted", or the refusal's code and message. */
async function door(request: Request, mutation = true) {
  const admission = await authorize(request, "charges:skip", { mutation });
  return admission.admitted ? "admitted" : `${admission.refusal.code}: ${admission.refusal.message}`;
}

afterEach(() => {
  session.operator = null;
});

describe("authorize", () => {
  it("checks the session first, then the role, then the origin, then the body type", async () => {
    const crossSiteText = post({ "content-type": "text/plain", origin: "https://evil.example" });
    expect(await door(crossSiteText)).toBe("unauthenticated: Sign in to continue.");
    session.operator = viewer;
    expect(await door(crossSiteText)).toBe("forbidden: Your role does not allow this.");
    session.operator = agent;
    expect(await door(crossSiteText)).toBe("forbidden: Cross-site requests are refused.");
    expect(await door(post({ "content-type": "text/plain", origin: ORIGIN }))).toBe(
      "unsupported_media_type: Send the request body as application/json.",
    );
    expect(await door(post(json))).toBe("admitted");
  });

  it("names the operator it refused, for the audit log, and nobody when signed out", async () => {
    expect(await authorize(post(json), "charges:skip", { mutation: true })).toMatchObject({
      admitted: false,
      operator: null,
    });
    session.operator = viewer;
    expect(await authorize(post(json), "charges:skip", { mutation: true })).toMatchObject({
      admitted: false,
      operator: viewer,
    });
  });

  it("asks reads for no origin and no JSON body", async () => {
    session.operator = agent;
    expect(await door(new Request(`${ORIGIN}/api/charges/1`), false)).toBe("admitted");
  });
});
