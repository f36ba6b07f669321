import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const SECRET = "legacy-off-webhook-secret";
setInMemoryDemoEnv({ RECHARGE_WEBHOOK_SECRET: SECRET, RECHARGE_WEBHOOK_LEGACY_SIGNATURES: "0" });

const { POST } = await import("./route");

const body = JSON.stringify({ charge: { id: 77001, status: "success", customer: { id: 7 } } });
const legacy = createHash("sha256")
  .update(SECRET + body)
  .digest("hex");
const deliver = (headers: Record<string, string>) =>
  POST(
    new Request("http://localhost:3000/api/webhooks/recharge", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-recharge-topic": "charge/paid", ...headers },
    }),
  );

describe("POST /api/webhooks/recharge with RECHARGE_WEBHOOK_LEGACY_SIGNATURES=0", () => {
  it("refuses a delivery signed only with the legacy scheme, which carries no time", async () => {
    const response = await deliver({ "x-recharge-hmac-sha256": legacy });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/legacy signature/);
  });

  it("accepts the same delivery with a fresh timestamped signature", async () => {
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex");
    const response = await deliver({
      "x-recharge-hmac-sha256": legacy,
      "x-recharge-webhook-signature": `t=${t},v1=${v1}`,
    });
    expect(response.status).toBe(200);
  });
});
