import { expect, mutation, test } from "../fixtures/api";
import type { DemoRole } from "../fixtures/operators";
import { routeTable, type RouteCase } from "../fixtures/route-table";

const roles: DemoRole[] = ["viewer", "agent", "admin"];
const codes: Record<number, string | undefined> = {
  200: undefined,
  403: "forbidden",
  404: "not_found",
  422: "validation_failed",
};

/** What a role must get: 403 when not admitted; otherwise 200 for reads and 422 for the invalid bodies. */
function expectedStatus(route: RouteCase, role: DemoRole): number {
  if (!route.roles.includes(role)) return 403;
  return route.admittedStatus ?? (route.method === "GET" ? 200 : 422);
}

/** Reads as the browser sends them; mutations with the route's invalid body, so a probe changes nothing. */
function requestOptions(route: RouteCase) {
  return route.method === "GET" ? { maxRedirects: 0 } : mutation(route.invalidBody);
}

test.describe("authorization matrix", () => {
  for (const route of routeTable.filter((route) => !route.signedOnly)) {
    const refused = roles.filter((role) => !route.roles.includes(role)).join("/") || "nobody";

    test(`${route.method} ${route.path} — 401 signed out, 403 for ${refused}, served to ${route.roles.join("/")}`, async ({
      api,
      sandbox,
    }) => {
      const ids = {
        customer: (await sandbox.claim("customers", "")).id,
        subscription: (await sandbox.claim("subscriptions", "status=active")).id,
        charge: (await sandbox.claim("charges", "status=queued")).id,
        discount: (await sandbox.claim("discounts", "")).id,
        address: (await sandbox.claim("addresses", "")).id,
        batch: 999_999_999, // none is seeded: admitted roles reach Recharge and get its 404
        operator: 999_999_999, // admitted roles get the 422 for the body before the id is looked up
      };
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => String(ids[name]));
      const options = requestOptions(route);
      const send = (role: DemoRole | "anonymous") =>
        api[role].fetch(path, { method: route.method, ...options });

      // Nothing below may reach Recharge as a mutation: count what the path had before the probes
      // (other specs, e.g. the batch uploads run first, may have changed the same path legitimately).
      const upstreamPath = path.replace("/api", "").replace("/batches", "/async_batches");
      const mutationMethods = ["POST", "PUT", "DELETE"];
      const mutationsSoFar = async () =>
        Promise.all(
          mutationMethods.map(async (method) => (await sandbox.requests(method, upstreamPath)).length),
        );
      const before = await mutationsSoFar();

      const anonymous = await send("anonymous");
      expect(anonymous.status()).toBe(401);
      expect((await anonymous.json()).error.code).toBe("unauthenticated");

      for (const role of roles) {
        const response = await send(role);
        const status = expectedStatus(route, role);
        expect(response.status(), `${role} → ${await response.text()}`).toBe(status);
        expect((await response.json()).error?.code, role).toBe(codes[status]);
      }
      expect(
        await mutationsSoFar(),
        `${mutationMethods.join("/")} ${upstreamPath} reached the sandbox`,
      ).toEqual(before);
    });
  }

  // The webhook receiver checks a signature, not a session: a role changes nothing about the answer.
  for (const route of routeTable.filter((route) => route.signedOnly)) {
    test(`${route.method} ${route.path} — 401 for every caller without a Recharge signature, signed in or not`, async ({
      api,
      sandbox,
    }) => {
      const events = async (query: string) =>
        (await (await api.viewer.get(`/api/events${query}`)).json()) as {
          data: { resourceId: string }[];
          cursor: string;
        };
      const { cursor } = await events("");
      for (const caller of ["anonymous", ...roles] as const) {
        const response = await api[caller].fetch(route.path, {
          method: route.method,
          ...mutation(route.invalidBody),
        });
        expect(response.status(), caller).toBe(401);
        expect((await response.json()).error.code, caller).toBe("unauthenticated");
      }
      // Nothing was recorded as a Recharge event, and nothing reached Recharge.
      const later = await events(`?since=${cursor}`);
      expect(later.data.filter((event) => event.resourceId === "999999999")).toEqual([]);
      expect(await sandbox.requests("POST", route.path.replace("/api", ""))).toEqual([]);
    });
  }
});
