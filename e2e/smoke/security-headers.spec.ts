import { expect, test } from "@playwright/test";
import { expectBaselineHeaders, expectStaticChunkHeaders } from "../fixtures/security-headers";

test.describe("security headers in production", () => {
  test("pages carry a nonce-based CSP without the dev server's eval, and HSTS", async ({ request }) => {
    const response = await request.get("/login");
    expectBaselineHeaders(response.headers());
    const csp = response.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("API responses are locked down and never cached", async ({ request }) => {
    const response = await request.get("/api/me", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expectBaselineHeaders(response.headers());
    expect(response.headers()["cache-control"]).toBe("no-store");
  });

  test("static JavaScript chunks carry the headers too", async ({ page }) => {
    await expectStaticChunkHeaders(page);
  });
});
