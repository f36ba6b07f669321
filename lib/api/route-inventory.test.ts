import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { routeTable } from "@/e2e/fixtures/route-table";
import { actionCatalog, actionUrl } from "@/lib/actions/catalog";
import { can, type Permission } from "@/lib/auth/permissions";
import { roles } from "@/lib/schemas/roles";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

setInMemoryDemoEnv();

// next-auth's own endpoints are public by design (sign-in must work signed out).
const PUBLIC_ROUTES = new Set(["app/api/auth/[...nextauth]/route.ts"]);
// Called by Recharge, not by operators: a webhook signature stands in for the session.
const SIGNED_ROUTES = new Set(["app/api/webhooks/recharge/route.ts"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [relative(process.cwd(), path)] : [];
  });
}

const toUrl = (file: string) => `/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`;
const tablePath = (path: string) => path.replace(/\{\w+\}/g, "[id]");

describe("route inventory", () => {
  const files = routeFiles("app/api").filter((file) => !PUBLIC_ROUTES.has(file) && !SIGNED_ROUTES.has(file));

  it("finds the BFF's routes", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`${toUrl(file)}: every handler declares its permission and is in the authorization matrix`, async () => {
      const exported = (await import(`@/${file}`)) as Record<string, unknown>;
      const handlers = METHODS.filter((method) => typeof exported[method] === "function");
      expect(handlers.length).toBeGreaterThan(0);
      for (const method of handlers) {
        const permission = (exported[method] as { permission?: Permission }).permission;
        expect(permission, `${method} ${toUrl(file)} was not built with apiRoute/mutationRoute`).toBeTruthy();
        const entry = routeTable.find(
          (route) => route.method === method && tablePath(route.path) === toUrl(file),
        );
        expect(entry, `${method} ${toUrl(file)} has no row in e2e/fixtures/route-table.ts`).toBeTruthy();
        const admitted = roles.filter((role) => can(role, permission!));
        expect([...entry!.roles].sort(), `${method} ${toUrl(file)}`).toEqual([...admitted].sort());
      }
    });
  }

  // The catalog's role matrix reaches the routes through `can` above; here, each action has its route.
  for (const entry of actionCatalog) {
    it(`${entry.id}: served at its catalog URL by a handler built from its entry`, async () => {
      const url = actionUrl(entry, 1).replace("/1", "/[id]");
      const file = files.find((each) => toUrl(each) === url);
      expect(file, `no route file for ${entry.method} ${url}`).toBeTruthy();
      const exported = (await import(`@/${file}`)) as Record<string, unknown>;
      const handler = exported[entry.method] as { action?: string; permission?: Permission } | undefined;
      expect(handler?.action, `${entry.method} ${url} does not record ${entry.id}`).toBe(entry.id);
      expect(handler?.permission).toBe(entry.permission);
    });
  }

  for (const file of SIGNED_ROUTES) {
    it(`${toUrl(file)}: every handler checks Recharge's signature and admits no operator role`, async () => {
      const exported = (await import(`@/${file}`)) as Record<string, unknown>;
      const handlers = METHODS.filter((method) => typeof exported[method] === "function");
      expect(handlers).toEqual(["POST"]);
      const handler = exported.POST as { authentication?: string; permission?: Permission };
      expect(handler.authentication, `POST ${toUrl(file)} was not built with webhookRoute`).toBe(
        "recharge-signature",
      );
      expect(handler.permission).toBeUndefined();
      const entry = routeTable.find((route) => route.method === "POST" && route.path === toUrl(file));
      expect(entry).toMatchObject({ signedOnly: true, roles: [] });
    });
  }
});
