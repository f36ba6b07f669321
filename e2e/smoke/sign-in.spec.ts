import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoOperators, signIn } from "../fixtures/operators";
import { smokeOperators, smokePassword } from "./operators.mjs";

test.describe("sign-in in production", () => {
  test("an admin created with operator:create signs in and sees their name and role", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, smokeOperators.admin.email, smokePassword());
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("operator-name")).toHaveText(smokeOperators.admin.name);
    await expect(page.getByTestId("operator-role")).toHaveText("Role: Admin");
  });

  test("demo mode is off: no demo logins are offered and the demo admin does not exist", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText(DEMO_PASSWORD)).toHaveCount(0);
    await signIn(page, demoOperators.admin.email, DEMO_PASSWORD);
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    expect((await page.request.get("/api/me", { maxRedirects: 0 })).status()).toBe(401);
  });
});
