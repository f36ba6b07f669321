import { expect, test, type Page } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

type Charge = {
  id: number;
  status: string;
  total_price: string;
  total_refunds: string | null;
  line_items: { purchase_item_id: number }[];
  customer: { id: number };
};

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

const chargeOf = async (id: number) => (await sandbox.get<{ charge: Charge }>(`/charges/${id}`)).charge;
const dialog = (page: Page) => page.getByRole("dialog");

test.describe("charge actions as an agent", () => {
  test.use({ storageState: "e2e/.auth/agent.json" });

  test("skip a queued charge: the dialog says what happens, one request is sent even on a double-click, the page updates", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Skip" }).click();
    await expect(dialog(page)).toContainText("will not be charged on");
    await dialog(page).getByLabel("Reason").fill("customer is travelling");
    await dialog(page)
      .getByRole("button", { name: /^Skip charge/ })
      .dblclick();

    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText(`of charge #${charge.id}.`)).toBeVisible(); // the toast
    await expect(page.getByRole("heading", { level: 1 })).toContainText("skipped");
    // Skip is gone with the skip: focus is on the panel's first action (Unskip), not lost to the page.
    await expect(page.getByRole("button", { name: "Unskip" })).toBeFocused();
    expect(await sandbox.requests("POST", `/charges/${charge.id}/skip`)).toHaveLength(1);
    expect((await chargeOf(charge.id)).status).toBe("skipped");
  });

  test("unskip a skipped charge: its items are queued again", async ({ page }) => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const charge = await sandbox.claim<Charge>("charges", `status=skipped&scheduled_at_min=${tomorrow}`);
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Unskip" }).click();
    await expect(dialog(page)).toContainText("go back into a queued charge");
    await dialog(page).getByRole("button", { name: "Unskip" }).click();
    await expect(dialog(page)).toBeHidden();
    expect(await sandbox.requests("POST", `/charges/${charge.id}/unskip`)).toHaveLength(1);
    const queued = await sandbox.get<{ charges: Charge[] }>(
      `/charges?status=queued&purchase_item_id=${charge.line_items[0]!.purchase_item_id}`,
    );
    expect(queued.charges.length).toBeGreaterThan(0);
  });

  test("an agent is offered neither refund nor process", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=error");
    await page.goto(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await expect(page.getByRole("button", { name: "Process now" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Refund" })).toHaveCount(0);
  });

  test("a 409 from Recharge keeps the dialog open with 'try again', and the audit log records it", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const fault = await sandbox.addFault({
      method: "POST",
      path: `/charges/${charge.id}/skip`,
      status: 409,
      body: { error: "A call to this route is already in progress." },
      times: 1,
    });
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Skip" }).click();
    await dialog(page)
      .getByRole("button", { name: /^Skip charge/ })
      .click();
    await expect(dialog(page).getByTestId("action-error")).toContainText("Try again in a moment");
    await expect(dialog(page)).toBeVisible();
    await sandbox.removeFault(fault);
    // Same dialog, same key: the retry goes through once.
    await dialog(page)
      .getByRole("button", { name: /^Skip charge/ })
      .click();
    await expect(dialog(page)).toBeHidden();
    expect((await chargeOf(charge.id)).status).toBe("skipped");
  });

  test("a dropped connection says the outcome is unknown and offers to re-check, not to resend", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const fault = await sandbox.addFault({
      method: "POST",
      path: `/charges/${charge.id}/skip`,
      drop: true,
      times: 1,
    });
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Skip" }).click();
    await dialog(page)
      .getByRole("button", { name: /^Skip charge/ })
      .click();
    await expect(dialog(page).getByTestId("action-error")).toContainText(
      "could not confirm whether this went through",
    );
    await expect(dialog(page).getByRole("button", { name: `Re-check charge #${charge.id}` })).toBeVisible();
    await sandbox.removeFault(fault);
    expect(await sandbox.requests("POST", `/charges/${charge.id}/skip`)).toHaveLength(1);
  });
});

test.describe("charge actions as an admin", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test("a refund above what is left is stopped in the dialog and nothing is sent", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Refund" }).click();
    await expect(dialog(page).getByTestId("refund-balance")).toContainText("left to refund");
    await dialog(page).getByLabel("Part of it").check();
    await dialog(page)
      .getByLabel(/Amount in/)
      .fill(String(Number(charge.total_price) + 1));
    await dialog(page).getByLabel("Reason").fill("customer complaint");
    await expect(dialog(page).getByText(/can be refunded/)).toBeVisible();
    await expect(dialog(page).getByRole("button", { name: /^Refund/ })).toBeDisabled();
    await page.keyboard.press("Enter");
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toEqual([]);
  });

  test("a partial refund: the amount is validated as typed, then applied and shown", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Refund" }).click();
    await dialog(page).getByLabel("Part of it").check();
    await dialog(page)
      .getByLabel(/Amount in/)
      .fill("1.234");
    await expect(dialog(page).getByText("at most two decimals")).toBeVisible();
    await dialog(page)
      .getByLabel(/Amount in/)
      .fill("1.50");
    await dialog(page).getByLabel("Reason").fill("late delivery");
    await dialog(page)
      .getByRole("button", { name: /^Refund/ })
      .click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("partially refunded");
    const after = await chargeOf(charge.id);
    expect(Number(after.total_refunds)).toBeCloseTo(Number(charge.total_refunds ?? 0) + 1.5, 2);
  });

  test("a 500 on refund leaves the dialog open with the outcome unknown and an audit record", async ({
    page,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const fault = await sandbox.addFault({
      method: "POST",
      path: `/charges/${charge.id}/refund`,
      status: 500,
    });
    try {
      await page.goto(`/charges/${charge.id}`);
      await page.getByRole("button", { name: "Refund" }).click();
      await dialog(page).getByLabel("Reason").fill("fault test");
      await dialog(page)
        .getByRole("button", { name: /^Refund/ })
        .click();
      await expect(dialog(page).getByTestId("action-error")).toContainText("could not confirm");
      await expect(dialog(page)).toBeVisible();
    } finally {
      await sandbox.removeFault(fault);
    }
    const audit = await page.request.get(`/api/audit?target_type=charge&target_id=${charge.id}`);
    const entries = (await audit.json()).data as { action: string; outcome: string }[];
    expect(entries).toEqual([expect.objectContaining({ action: "charge.refund", outcome: "unknown" })]);
  });

  test("a 422 from Recharge is shown in the dialog, which stays open", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const fault = await sandbox.addFault({
      method: "POST",
      path: `/charges/${charge.id}/refund`,
      status: 422,
      body: { errors: { amount: ["exceeds the refundable balance"] } },
      times: 1,
    });
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("button", { name: "Refund" }).click();
    await dialog(page).getByLabel("Reason").fill("fault test");
    await dialog(page)
      .getByRole("button", { name: /^Refund/ })
      .click();
    await expect(dialog(page).getByTestId("action-error")).toContainText("This did not go through");
    await expect(dialog(page)).toBeVisible();
    await sandbox.removeFault(fault);
  });

  test("a 429 says Recharge is busy and to try again", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const fault = await sandbox.addFault({
      method: "POST",
      path: `/charges/${charge.id}/process`,
      status: 429,
    });
    try {
      await page.goto(`/charges/${charge.id}`);
      await page.getByRole("button", { name: "Process now" }).click();
      await dialog(page).getByLabel("Reason").fill("customer asked to be charged today");
      await dialog(page)
        .getByRole("button", { name: /^Charge/ })
        .click();
      await expect(dialog(page).getByTestId("action-error")).toContainText("Try again in a moment");
    } finally {
      await sandbox.removeFault(fault);
    }
  });

  test("process now from a list row: the result is shown as Recharge answered it", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    await page.goto(`/charges?ids=${charge.id}`);
    await page.getByRole("button", { name: `Actions for charge #${charge.id}` }).click();
    await page.getByRole("menuitem", { name: "Process now…" }).click();
    await dialog(page).getByLabel("Reason").fill("customer asked to be charged today");
    await dialog(page)
      .getByRole("button", { name: /^Charge/ })
      .click();
    // Paid (dialog closes with a toast) or declined (dialog stays and says so): never assumed.
    await expect(
      page.getByTestId("process-declined").or(page.getByText(`Charge #${charge.id} paid`)),
    ).toBeVisible();
    const status = (await chargeOf(charge.id)).status;
    expect(["success", "error"]).toContain(status);
    await expect(page.getByRole("table", { name: "Charges" })).toContainText(status);
  });
});

test.describe("charge actions as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("a viewer is offered no actions", async ({ page }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    await page.goto(`/charges/${charge.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Charge #${charge.id}`);
    await expect(page.getByText("No actions for a queued charge with your role.")).toBeVisible();
    await page.goto(`/charges?ids=${charge.id}`);
    await expect(page.getByRole("button", { name: `Actions for charge #${charge.id}` })).toHaveCount(0);
  });
});
