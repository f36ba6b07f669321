// What a page loads with its first paint must leave out the code that only an interaction needs:
// zod (the dialogs' and the discount form's validation, the batch checks), sonner (toasts), Radix's
// dropdown menu (the rows' "⋯" menu), Radix's dialog (every dialog and the audit drawer) and cmdk
// (the command palette). The first three have each reached every page through one stray import
// before (issue #5); zod reached the batch and discount-form pages, the dialog the audit log (#18).
// The budget itself is measured by `npm run bench`; this catches these regressions, exactly.
import type { APIRequestContext } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/api";

type Row = { id: number };

/** A string the library's browser code always holds: a class name it registers, an attribute it renders. */
const markers = {
  zod: "ZodError",
  sonner: "data-sonner-toaster",
  "Radix menu": "data-radix-menu-content",
  // The modal content's component name, which Radix keeps in production builds.
  "Radix dialog": "DialogContentModal",
  // The command palette loads on first use (components/palette/palette-launcher.tsx).
  cmdk: "cmdk-input",
};

test("every marker is in the build, so a page without it really does without the library", () => {
  const dir = ".next/static/chunks";
  const chunks = readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(join(dir, name), "utf8"));
  for (const [library, marker] of Object.entries(markers)) {
    expect(
      chunks.some((code) => code.includes(marker)),
      `${library}: "${marker}"`,
    ).toBe(true);
  }
});

/** The libraries (by marker) in the scripts `path`'s HTML loads. */
async function librariesLoadedBy(admin: APIRequestContext, path: string): Promise<string[]> {
  const page = await admin.get(path, { maxRedirects: 0 });
  expect(page.status(), path).toBe(200);
  const sources = [...(await page.text()).matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  // The framework alone is several scripts: fewer means the page was not read as served.
  expect(sources.length, path).toBeGreaterThan(3);
  const code = await Promise.all(sources.map(async (src) => (await admin.get(src)).text()));
  return Object.entries(markers)
    .filter(([, marker]) => code.some((script) => script.includes(marker)))
    .map(([library]) => library);
}

test("list pages and a customer page load no zod, sonner, Radix menu or dialog, or cmdk before an interaction", async ({
  api,
  sandbox,
}) => {
  const customer = await sandbox.claim<Row>("customers", "");
  for (const path of [
    "/charges",
    "/customers",
    "/subscriptions",
    "/discounts",
    `/customers/${customer.id}`,
  ]) {
    expect(await librariesLoadedBy(api.admin, path), path).toEqual([]);
  }
});

test("the discount form, batch and audit pages load none of them either: checks, toasts and the drawer come on first use", async ({
  api,
  sandbox,
}) => {
  const discount = await sandbox.claim<Row>("discounts", "");
  for (const path of [
    "/discounts/new",
    `/discounts/${discount.id}/edit`,
    "/batches",
    "/batches/new",
    "/audit",
  ]) {
    expect(await librariesLoadedBy(api.admin, path), path).toEqual([]);
  }
});
