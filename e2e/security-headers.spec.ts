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

  test("static JavaScript chunks carry the headers too", async ({ page }) => {
    await expectStaticChunkHeaders(page);
  });
});
