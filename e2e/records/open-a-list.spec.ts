import { expect, test } from "@playwright/test";
import { waitForHydration } from "../fixtures/hydrated";
import { Sandbox } from "../fixtures/sandbox";

// A list opened by a click inside the app does not wait on Recharge either: the page changes at once
// and shows the table's loading rows while the browser reads them; a document load still carries the
// rows in its HTML (the lists' own specs). The list's read is held at the sandbox (a delay fault on
// this test's own filter), and the sandbox's request log, which records a call when it is answered,
// shows the page was there before the answer: no clock involved.

test.use({ storageState: "e2e/.auth/viewer.json" });

// Below the BFF's 10 s upstream timeout, which would turn the held answer into a retried 503.
const HELD_MS = 6_000;

test("a list opened from the overview shows its loading rows before Recharge answers, then the rows", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  const customer = await sandbox.claim<{ id: number; email: string }>("customers", "");
  await page.goto("/");
  await waitForHydration(page);
  const form = page.getByRole("search", { name: "Go to a record" });
  await form.getByLabel("Record").selectOption({ label: "Customer" });
  await form.getByRole("searchbox").fill(customer.email);

  const fault = await sandbox.addFault({
    method: "GET",
    path: "/customers",
    query: { email: customer.email },
    delay_ms: HELD_MS,
    times: 1,
  });
  try {
    await form.getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/customers\\?email=${encodeURIComponent(customer.email)}`));
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    const table = page.getByRole("table", { name: "Customers" });
    await expect(table).toHaveAttribute("aria-busy", "true");
    const answered = (await sandbox.requests("GET", "/customers")).filter(
      (request) => request.query.email === customer.email,
    );
    expect(answered, "no answer yet").toHaveLength(0);

    // The answer fills the table.
    await expect(table.getByRole("row").nth(1)).toContainText(customer.email, { timeout: HELD_MS + 10_000 });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).not.toHaveAttribute("aria-busy", "true");
  } finally {
    await sandbox.removeFault(fault);
    await sandbox.close();
  }
});
