import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";
import { smokeStorageState } from "./operators.mjs";

type Charge = { id: number; status: string };

/** Recharge's legacy X-Recharge-Hmac-Sha256: hex SHA-256 of secret + raw body. */
const legacySignature = (secret: string, body: string) =>
  createHash("sha256")
    .update(secret + body)
    .digest("hex");

test.use({ storageState: smokeStorageState("admin") });

test.describe("live updates in production", () => {
  test("a charge processed in Recharge changes its open page within 5 seconds, by webhook alone", async ({
    page,
  }) => {
    const sandbox = await Sandbox.connect();
    try {
      const charge = await sandbox.claim<Charge>("charges", "status=queued");
      await page.goto(`/charges/${charge.id}`);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading).toContainText("queued");
      // Straight to the sandbox: the app hears of it only through the signed webhook.
      const processed = await sandbox.changeElsewhere<{ charge: Charge }>(`/charges/${charge.id}/process`);
      await expect(heading).toContainText(processed.charge.status, { timeout: 5_000 });
    } finally {
      await sandbox.close();
    }
  });

  test("a delivery signed with the sandbox's public secret is refused; the deployment's secret is accepted", async ({
    request,
  }) => {
    const body = JSON.stringify({ charge: { id: 987654321, updated_at: new Date().toISOString() } });
    const deliver = (secret: string) =>
      request.post("/api/webhooks/recharge", {
        data: body,
        headers: {
          "Content-Type": "application/json",
          "X-Recharge-Topic": "charge/updated",
          "X-Recharge-Hmac-Sha256": legacySignature(secret, body),
        },
      });
    const forged = await deliver("sandbox_webhook_secret");
    expect(forged.status()).toBe(401);
    const genuine = await deliver(process.env.RECHARGE_WEBHOOK_SECRET!);
    expect(genuine.status()).toBe(200);
    expect(await genuine.json()).toEqual({ data: { received: true, duplicate: false } });
  });
});
