import { randomBytes } from "node:crypto";
import { expect, request, test } from "@playwright/test";
import { signIn } from "../fixtures/operators";
import { startPrivateApp, type PrivateApp } from "../fixtures/private-app";

// These tests guess passwords until accounts lock and fill the cap on password hashing, so they run
// against a dashboard of their own (lib: e2e/fixtures/private-app.ts) with one operator per test:
// the shared app's demo operators, and the sign-ins of specs running beside, are never touched.
// That app sits "behind one proxy" (TRUSTED_PROXY_HOPS=1), and each request here plays the proxy:
// the rightmost X-Forwarded-For entry is the client's address, anything left of it the client wrote.
test.describe.configure({ mode: "default" });

const PASSWORD = `bf-${randomBytes(12).toString("hex")}`;
const run = Date.now().toString(36);
const owner = {
  spoofed: `bf-spoofed-${run}@example.com`,
  parallel: `bf-parallel-${run}@example.com`,
  account: `bf-account-${run}@example.com`,
};
let app: PrivateApp;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startPrivateApp({
    operators: Object.values(owner).map((email) => ({ email, name: email, role: "agent" as const })),
    password: PASSWORD,
    env: { TRUSTED_PROXY_HOPS: "1" },
  });
});

test.afterAll(async () => {
  await app?.stop();
});

/** A client of the private app, holding next-auth's CSRF cookie and the token that goes with it. */
async function clientOfApp() {
  const api = await request.newContext({ baseURL: app.url });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return { api, csrfToken };
}

/** One sign-in through next-auth's own endpoint, as the form sends it: "signed-in" or the error code. */
async function attempt(
  { api, csrfToken }: Awaited<ReturnType<typeof clientOfApp>>,
  email: string,
  password: string,
  forwardedFor: string,
) {
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
    maxRedirects: 0,
  });
  const url = new URL(((await response.json()) as { url: string }).url);
  const error = url.searchParams.get("error");
  if (error) return error;
  // next-auth answers a bad CSRF token by pointing at the sign-in page, with no error code.
  if (url.searchParams.has("csrf") || url.pathname.startsWith("/login")) throw new Error(`not sent: ${url}`);
  return "signed-in";
}

test("a guesser rewriting X-Forwarded-For is still one client: locked after 10 guesses, the right password refused", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const client = await clientOfApp();
  // The client writes a new address each time; the proxy's entry (rightmost) stays the same.
  for (let guess = 0; guess < 10; guess++) {
    const spoofed = `198.51.100.${guess + 1}`;
    expect(await attempt(client, owner.spoofed, "wrong-password", `${spoofed}, 203.0.113.10`)).toBe(
      "CredentialsSignin",
    );
  }
  expect(await attempt(client, owner.spoofed, PASSWORD, "192.0.2.77, 203.0.113.10")).toBe("RateLimited:15");
  expect(await attempt(client, owner.spoofed, PASSWORD, "203.0.113.10")).toBe("RateLimited:15");
  await client.api.dispose();

  // The sign-in page says so, in words that do not tell whether the account exists.
  const context = await browser.newContext({
    baseURL: app.url,
    extraHTTPHeaders: { "X-Forwarded-For": "192.0.2.78, 203.0.113.10" },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await signIn(page, owner.spoofed, PASSWORD);
  await expect(page.getByTestId("sign-in-error")).toHaveText("Too many attempts, try again in 15 minutes.");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test("25 parallel wrong passwords count as 25 against the limit of 10: the right password is refused after", async () => {
  test.setTimeout(60_000);
  const client = await clientOfApp();
  const from = "203.0.113.20";
  const results = await Promise.all(
    Array.from({ length: 25 }, () => attempt(client, owner.parallel, "wrong-password", from)),
  );
  expect(results).not.toContain("signed-in");
  // Attempts 11–25 meet the lock; some of the first ten may meet the cap on hashing instead.
  expect(results.filter((result) => result.startsWith("RateLimited")).length).toBeGreaterThanOrEqual(15);
  expect(await attempt(client, owner.parallel, PASSWORD, from)).toBe("RateLimited:15");
  await client.api.dispose();
});

test("guesses spread over many addresses lock the account for every address", async () => {
  test.setTimeout(90_000);
  const client = await clientOfApp();
  // 20 guesses, 5 from each of 4 addresses: no address reaches its own limit of 10.
  for (const address of ["203.0.113.31", "203.0.113.32", "203.0.113.33", "203.0.113.34"]) {
    for (let guess = 0; guess < 5; guess++)
      expect(await attempt(client, owner.account, "wrong-password", address)).toBe("CredentialsSignin");
  }
  // The right password, from an address that never guessed, is refused: the account is locked.
  expect(await attempt(client, owner.account, PASSWORD, "203.0.113.99")).toBe("RateLimited:15");
  expect(await attempt(client, owner.account, PASSWORD, "198.51.100.200")).toBe("RateLimited:15");
  await client.api.dispose();
});
