import { expect, test, type APIResponse } from "@playwright/test";

function expectBaselineHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
}

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP and the baseline headers", async ({ request }) => {
    const response = await request.get("/login");
    expectBaselineHeaders(response);
    expect(response.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });

  test("API responses are locked down and never cached", async ({ request }) => {
    const response = await request.get("/api/me", { maxRedirects: 0 });
    expectBaselineHeaders(response);
    expect(response.headers()["cache-control"]).toBe("no-store");
  });

  test("static JavaScript chunks carry the headers too", async ({ page }) => {
    const chunk = page.waitForResponse((response) => /\/_next\/static\/.*\.js$/.test(response.url()));
    await page.goto("/login");
    const response = await page.request.get((await chunk).url());
    expect(response.status()).toBe(200);
    expectBaselineHeaders(response);
  });
});
