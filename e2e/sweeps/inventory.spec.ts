import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "../fixtures/api";
import type { DemoRole } from "../fixtures/operators";
import { pageTable, samplePath, type PageCase } from "../fixtures/page-table";
import { sampleIds } from "../fixtures/sample-ids";

// The sweep's promise: no page exists that the page table (and so these probes, the crawl and the axe
// sweep) does not know; a new page.tsx fails here until it is listed with its roles. Route handlers
// get the same check from lib/api/route-inventory.test.ts against the route table, whose probes are
// e2e/api/authorization.spec.ts.

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** next-auth's own endpoints: the library's, public by design; probed below for "no 500" only. */
const LIBRARY_ROUTES = ["/api/auth/[...nextauth]"];

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesNamed(path, name);
    return entry === name ? [path] : [];
  });
}

/** `app/(dashboard)/charges/[id]/page.tsx` → `/charges/[id]`. */
const appRoute = (file: string) =>
  `/${file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/")}`;

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return HTTP_METHODS.filter((method) =>
    new RegExp(`export (const|async function|function) ${method}\\b|as ${method}\\b`).test(source),
  );
}

const roles: DemoRole[] = ["viewer", "agent", "admin"];

/** Admin-only pages answer 200 with a panel naming the role (the address stays shareable). */
const showsForbiddenPanel = (entry: PageCase, html: string) =>
  entry.forbiddenTestId !== undefined && html.includes(`data-testid="${entry.forbiddenTestId}"`);

test.describe("route and page inventory", () => {
  test("every page.tsx is in the page table, and every table entry is a page", () => {
    const pages = filesNamed("app", "page.tsx").map(appRoute).sort();
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toEqual(pageTable.map((page) => page.route).sort());
  });

  test("a method a route does not serve gets 405, never a 500", async ({ api }) => {
    const ours = filesNamed("app", "route.ts").filter((file) => !LIBRARY_ROUTES.includes(appRoute(file)));
    for (const file of ours) {
      const route = appRoute(file);
      const unserved = HTTP_METHODS.find((method) => !exportedMethods(file).includes(method))!;
      const path = route.replace(/\[[^\]]+\]/g, "1");
      const response = await api.admin.fetch(path, { method: unserved, maxRedirects: 0 });
      expect(response.status(), `${unserved} ${path}`).toBe(405);
    }
  });

  test("next-auth's own endpoints answer without a server error", async ({ api }) => {
    for (const path of ["/api/auth/session", "/api/auth/providers", "/api/auth/csrf"]) {
      const response = await api.anonymous.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
  });

  test("the sign-in page is served to everyone", async ({ api }) => {
    expect((await api.anonymous.get("/login", { maxRedirects: 0 })).status()).toBe(200);
  });

  for (const entry of pageTable.filter((each) => !each.public)) {
    const refused = roles.filter((role) => !entry.roles.includes(role)).join("/") || "nobody";

    test(`page ${entry.route} — sign-in for strangers, forbidden panel for ${refused}, content for ${entry.roles.join("/")}`, async ({
      api,
      sandbox,
    }) => {
      const path = samplePath(entry.route, await sampleIds(api.admin, sandbox));
      const anonymous = await api.anonymous.get(path, { maxRedirects: 0 });
      expect(anonymous.status(), `${path} signed out`).toBe(307);
      expect(anonymous.headers().location, path).toMatch(/^\/login\?callbackUrl=/);
      for (const role of roles) {
        const response = await api[role].get(path, { maxRedirects: 0 });
        const html = await response.text();
        expect({ status: response.status(), forbidden: showsForbiddenPanel(entry, html) }, role).toEqual({
          status: 200,
          forbidden: !entry.roles.includes(role),
        });
      }
    });
  }
});
