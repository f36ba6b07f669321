import { expect, test } from "@playwright/test";
import { expectBaselineHeaders, expectStaticChunkHeaders } from "./fixtures/security-headers";

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP and the baseline headers", async ({ request }) => {
    const response = await request.get("/login");
    expectBaselineHeaders(response.headers());
    expect(response.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });

  test("API responses are locked down and never cached", async ({ request }) => {
    const response = await request.get("/api/me", { maxRedirects: 0 });
    expectBaselineHeaders(response.headers());
    expect(response.headers()["cache-control"]).toBe("no-store");
  });

  test("the site-wide not-found page runs its scripts: none is blocked by the CSP", async ({ page }) => {
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    // Hydrated: the client router takes the link (a blocked page would do a full load, or nothing).
    await page.getByRole("link", { name: "Back to the overview" }).click();
    await expect(page).toHaveURL(/\/(login.*)?$/);
    expect(blocked).toEqual([]);
  });

  test("robots.txt turns every crawler away and the icons are served, light and dark", async ({
    page,
    request,
  }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
    expectBaselineHeaders(robots.headers(), "/robots.txt");
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    await page.goto("/login");
    const icons = page.locator('head link[rel="icon"]');
    await expect(icons.and(page.locator('[media="(prefers-color-scheme: dark)"]'))).toHaveAttribute(
      "href",
      /\/icon-dark\.svg/,
    );
    await expect(icons.and(page.locator('[media="(prefers-color-scheme: light)"]'))).toHaveAttribute(
      "href",
      /\/icon-light\.svg/,
    );
    for (const href of ["/icon-light.svg", "/icon-dark.svg", "/apple-touch-icon.png", "/icon-192.png"]) {
      const icon = await request.get(href);
      expect(icon.status(), href).toBe(200);
      expect(icon.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("static JavaScript chunks carry the headers too", async ({ page }) => {
    await expectStaticChunkHeaders(page);
  });
});
