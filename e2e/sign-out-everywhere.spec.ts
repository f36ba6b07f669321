import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signIn } from "./fixtures/operators";
import { startPrivateApp, type PrivateApp } from "./fixtures/private-app";

// Ending sessions for good would end the shared demo sessions every other spec signs in with, so
// these run against a dashboard of their own (e2e/fixtures/private-app.ts), one operator per test.
test.describe.configure({ mode: "default" });

const PASSWORD = `so-${randomBytes(12).toString("hex")}`;
const run = Date.now().toString(36);
const owner = {
  copied: `so-copied-${run}@example.com`,
  everywhere: `so-everywhere-${run}@example.com`,
};
let app: PrivateApp;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startPrivateApp({
    operators: Object.values(owner).map((email) => ({ email, name: email, role: "viewer" as const })),
    password: PASSWORD,
  });
});

test.afterAll(async () => {
  await app?.stop();
});

async function signedInBrowser(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await page.goto("/login");
  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId("operator-name")).toHaveText(email);
  return { context, page };
}

const meStatus = async (context: BrowserContext) =>
  (await context.request.get("/api/me", { maxRedirects: 0 })).status();

test("signing out ends the session for good: a copy of its cookie taken before no longer works", async ({
  browser,
}) => {
  const { context, page } = await signedInBrowser(browser, owner.copied);
  const copy = await browser.newContext({ baseURL: app.url, storageState: await context.storageState() });
  expect(await meStatus(copy)).toBe(200);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await meStatus(copy)).toBe(401);
  await Promise.all([context.close(), copy.close()]);
});

test("Sign out everywhere ends the operator's sessions in every browser", async ({ browser }) => {
  const laptop = await signedInBrowser(browser, owner.everywhere);
  const phone = await signedInBrowser(browser, owner.everywhere);
  expect(await meStatus(phone.context)).toBe(200);
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL(/\/login/);
  expect(await meStatus(phone.context)).toBe(401);
  await phone.page.reload();
  await expect(phone.page).toHaveURL(/\/login/);
  // Signing in again works, under the new session version.
  await signIn(phone.page, owner.everywhere, PASSWORD);
  await expect(phone.page.getByTestId("operator-name")).toHaveText(owner.everywhere);
  await Promise.all([laptop.context.close(), phone.context.close()]);
});
