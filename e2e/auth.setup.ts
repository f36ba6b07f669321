import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, demoOperators, signIn, storageStatePath, type DemoRole } from "./fixtures/operators";

// Signs each demo operator in once; other specs reuse the saved session through `storageState`.
for (const role of Object.keys(demoOperators) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await signIn(page, demoOperators[role].email, DEMO_PASSWORD);
    await expect(page.getByTestId("operator-name")).toHaveText(demoOperators[role].name);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
