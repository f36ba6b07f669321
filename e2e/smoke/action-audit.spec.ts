import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { skipChargeWithReason } from "../fixtures/charge-flows";
import { Sandbox } from "../fixtures/sandbox";
import { smokeOperators, smokeStorageState } from "./operators.mjs";

type Charge = { id: number; status: string };

test.use({ storageState: smokeStorageState("agent") });

test("an agent skips a queued charge in Recharge, and an admin finds it in the audit log", async ({
  page,
  browser,
}) => {
  const sandbox = await Sandbox.connect();
  try {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const reason = `smoke ${randomUUID().slice(0, 8)}`;
    await skipChargeWithReason(page, charge.id, reason);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("skipped");
    expect((await sandbox.get<{ charge: Charge }>(`/charges/${charge.id}`)).charge.status).toBe("skipped");

    const admin = await browser.newContext({ storageState: smokeStorageState("admin") });
    const audit = await admin.newPage();
    await audit.goto(`/audit?target_type=charge&target_id=${charge.id}`);
    const row = audit
      .getByRole("table", { name: "Audit log, newest first" })
      .getByRole("row")
      .filter({ hasText: reason });
    await expect(row).toContainText("Skip charge");
    await expect(row).toContainText(smokeOperators.agent.email);
    await expect(row).toContainText("succeeded");
    await admin.close();
  } finally {
    await sandbox.close();
  }
});
