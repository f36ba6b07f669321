// What a list or customer page loads with its first paint must leave out the code that only an
// interaction needs: zod (the dialogs' validation), sonner (toasts), Radix's dropdown menu (the
// rows' "⋯" menu) and cmdk (the command palette). The first three have each reached every page
// through one stray import before (issue #5).
// The budget itself is measured by `npm run bench`; this catches these regressions, exactly.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/api";

type Row = { id: number };

/** A string the library's browser code always holds: a class name it registers, an attribute it renders. */
const markers = {
  zod: "ZodError",
  sonner: "data-sonner-toaster",
  "Radix menu": "data-radix-menu-content",
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

test("list pages and a customer page load no zod, sonner, Radix menu or cmdk before an interaction", async ({
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
    const page = await api.admin.get(path, { maxRedirects: 0 });
    expect(page.status(), path).toBe(200);
    const sources = [...(await page.text()).matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
    // The framework alone is several scripts: fewer means the page was not read as served.
    expect(sources.length, path).toBeGreaterThan(3);
    const code = await Promise.all(sources.map(async (src) => (await api.admin.get(src)).text()));
    const loaded = Object.entries(markers)
      .filter(([, marker]) => code.some((script) => script.includes(marker)))
      .map(([library]) => library);
    expect(loaded, path).toEqual([]);
  }
});
