import { expect, test, type Page } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

// Real-shaped answers Recharge can give and our sandbox never does (issue #14), served through the
// sandbox's fault control with a 200 body: a status the client has never seen, nulls in optional
// fields, an older customer without `phone`/`tax_exempt`, and one record that cannot be read at all.
// Each fault is scoped to this spec's own records (its path or an `ids` query), so nothing else sees it.

test.use({ storageState: "e2e/.auth/admin.json" });

type Json = Record<string, unknown>;

/** The value shown beside a label in the customer's Profile card. */
const profileField = (page: Page, label: string) =>
  page
    .getByRole("region", { name: "Profile" })
    .locator("dt", { hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");

test("a charge in a status the client does not know lists and opens, with nulls shown as — and no actions offered", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  const faults: number[] = [];
  try {
    const picked = await sandbox.claim<{ id: number }>("charges", "status=queued");
    const neighbour = await sandbox.claim<{ id: number }>("charges", "status=queued");
    const { charge } = await sandbox.get<{ charge: Json }>(`/charges/${picked.id}`);
    const { charge: other } = await sandbox.get<{ charge: Json }>(`/charges/${neighbour.id}`);
    const odd = { ...charge, status: "uncaptured", note: null, tags: null, type: null, error: null };
    const list = {
      next_cursor: null,
      previous_cursor: null,
      // The middle record has no id: it cannot be read, and must not blank the page.
      charges: [odd, { status: "queued", total_price: "1.00" }, other],
    };
    // "Find charge" filters by one id; the answer Recharge gives here holds three records.
    const ids = String(picked.id);
    faults.push(
      await sandbox.addFault({ method: "GET", path: "/charges", query: { ids }, status: 200, body: list }),
    );
    faults.push(
      await sandbox.addFault({
        method: "GET",
        path: `/charges/${picked.id}`,
        status: 200,
        body: { charge: odd },
      }),
    );

    const response = await page.goto(`/charges?ids=${ids}`);
    expect(response?.status()).toBe(200);
    const rows = page.getByRole("table", { name: "Charges" }).locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: String(picked.id) })).toContainText("uncaptured");
    await expect(rows.filter({ hasText: String(neighbour.id) })).toBeVisible();
    await expect(page.getByTestId("unreadable-records")).toHaveText(
      /^1 record could not be read \(request id [^)]+\)$/,
    );

    const detail = await page.goto(`/charges/${picked.id}`);
    expect(detail?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("uncaptured");
    await expect(page.getByTestId("charge-no-actions")).toContainText("uncaptured");
    for (const action of ["Skip", "Unskip", "Process now", "Refund"])
      await expect(page.getByRole("button", { name: action, exact: true })).toHaveCount(0);
  } finally {
    for (const id of faults) await sandbox.removeFault(id);
    await sandbox.close();
  }
});

test("a customer captured without phone and tax_exempt opens with — for both", async ({ page }) => {
  const sandbox = await Sandbox.connect();
  const picked = await sandbox.claim<{ id: number }>("customers", "");
  const { customer } = await sandbox.get<{ customer: Json }>(`/customers/${picked.id}`);
  const { phone: _phone, tax_exempt: _taxExempt, ...older } = customer;
  const fault = await sandbox.addFault({
    method: "GET",
    path: `/customers/${picked.id}`,
    status: 200,
    body: { customer: older },
  });
  try {
    const response = await page.goto(`/customers/${picked.id}`);
    expect(response?.status()).toBe(200);
    await expect(profileField(page, "Email")).toHaveText(String(customer.email));
    await expect(profileField(page, "Phone")).toHaveText("—");
    await expect(profileField(page, "Tax exempt")).toHaveText("—");
  } finally {
    await sandbox.removeFault(fault);
    await sandbox.close();
  }
});

test("every charge list the app asks Recharge for names its sort_by, and date ranges go as full UTC date-times", async ({
  page,
}) => {
  const sandbox = await Sandbox.connect();
  try {
    const since = new Date(Date.now() - 1_000).toISOString();
    const customer = await sandbox.claim<{ id: number }>("customers", "");
    // The charges list with a day range, its next page, and a customer's embedded charge tables.
    await page.goto("/charges?created_at_min=2025-01-01&created_at_max=2025-12-31");
    await expect(page.getByRole("table", { name: "Charges" }).locator("tbody tr").first()).toBeVisible();
    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const mine = (await sandbox.requests("GET", "/charges")).filter(
      (entry) => entry.token === "admin" && entry.time >= since && entry.query.cursor === undefined,
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((entry) => !entry.query.sort_by)).toEqual([]);
    const ranged = mine.filter((entry) => entry.query.created_at_min !== undefined);
    expect(ranged.length).toBeGreaterThan(0);
    for (const entry of ranged) {
      expect(entry.query.created_at_min).toBe("2025-01-01T00:00:00Z");
      expect(entry.query.created_at_max).toBe("2025-12-31T23:59:59Z");
    }
  } finally {
    await sandbox.close();
  }
});
