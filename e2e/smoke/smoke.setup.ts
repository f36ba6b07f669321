import { expect, test as setup } from "@playwright/test";
import { signIn } from "../fixtures/operators";
import { smokeOperators, smokePassword, smokeStorageState } from "./operators.mjs";

// Signs each operator that the smoke run created with `operator:create` in once; specs reuse the
// sessions through `storageState`.
for (const role of ["admin", "agent"] as const) {
  setup(`sign in as the created ${role}`, async ({ page }) => {
    await page.goto("/login");
    await signIn(page, smokeOperators[role].email, smokePassword());
    await expect(page.getByTestId("operator-name")).toHaveText(smokeOperators[role].name);
    await page.context().storageState({ path: smokeStorageState(role) });
  });
}
