import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoOperators, signIn, type DemoRole } from "./fixtures/operators";

test.describe("sign-in", () => {
  for (const role of Object.keys(demoOperators) as DemoRole[]) {
    test(`${role} signs in and sees their name and role`, async ({ page }) => {
      await page.goto("/login");
      await signIn(page, demoOperators[role].email, DEMO_PASSWORD);
      await expect(page).toHaveURL("/");
      await expect(page.getByTestId("operator-name")).toHaveText(demoOperators[role].name);
      await expect(page.getByTestId("operator-role")).toHaveText(`Role: ${demoOperators[role].role}`);
    });
  }

  test("a wrong password shows an error and does not sign in", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, demoOperators.agent.email, "not-the-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
    const me = await page.request.get("/api/me", { maxRedirects: 0 });
    expect(me.status()).toBe(401);
  });

  test("a signed-out visit lands on sign-in and returns to the page after", async ({ page }) => {
    await page.goto("/?from=bookmark");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await signIn(page, demoOperators.viewer.email, DEMO_PASSWORD);
    await expect(page).toHaveURL("/?from=bookmark");
    await expect(page.getByRole("heading", { name: `Welcome, ${demoOperators.viewer.name}` })).toBeVisible();
  });

  // A tab in the path (`/%09/` decodes to `/\t/`) is dropped by the browser, leaving `//evil.example`.
  for (const callbackUrl of ["https%3A%2F%2Fevil.example%2F", "/%09/evil.example", "/%5Cevil.example"]) {
    test(`an off-site callbackUrl is ignored after sign-in (${callbackUrl})`, async ({ page }) => {
      await page.goto(`/login?callbackUrl=${callbackUrl}`);
      await signIn(page, demoOperators.viewer.email, DEMO_PASSWORD);
      await expect(page).toHaveURL("/");
    });
  }

  test("sign out ends the session", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, demoOperators.admin.email, DEMO_PASSWORD);
    await expect(page.getByTestId("operator-name")).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    const me = await page.request.get("/api/me", { maxRedirects: 0 });
    expect(me.status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("API authentication", () => {
  test("GET /api/me signed out answers 401 JSON", async ({ request }) => {
    const response = await request.get("/api/me", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "unauthenticated", message: "Sign in to continue." },
    });
  });

  test("GET /api/me signed in answers the operator and their permissions", async ({ browser }) => {
    const context = await browser.newContext({ storageState: "e2e/.auth/agent.json" });
    const response = await context.request.get("/api/me", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.data).toMatchObject({ email: demoOperators.agent.email, role: "agent" });
    expect(body.data.permissions).toContain("charges:skip");
    expect(body.data.permissions).not.toContain("charges:refund");
    await context.close();
  });
});
