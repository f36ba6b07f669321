import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSandbox, type TestSandbox } from "@/sandbox/test-support";
import { WEBHOOK_TOPICS, registerWebhooks } from "@/scripts/register-webhooks.mjs";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

// Integration: the real sandbox registers and delivers webhooks (signed with its secret) over HTTP to
// the real route handler, so our verification is checked against what the sandbox actually sends.

const SECRET = "sandbox-interop-secret";
setInMemoryDemoEnv({ RECHARGE_WEBHOOK_SECRET: SECRET });

const { POST } = await import("./route");
const { getDb } = await import("@/lib/db/client");

let sandbox: TestSandbox;
let app: Server;
let appUrl: string;
const answers: number[] = [];

beforeAll(async () => {
  await getDb(); // open and migrate before the first delivery races the 5 s timeout
  app = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === "string") headers.set(name, value);
      const response = await POST(
        new Request(`${appUrl}${incoming.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
      );
      answers.push(response.status);
      outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
    });
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  sandbox = await startTestSandbox({ webhookSecret: SECRET });
});
afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => app?.close(resolve));
});

describe("webhooks from the sandbox", () => {
  it("registers every topic once: a second run creates nothing", async () => {
    const options = { apiUrl: sandbox.url, token: "sandbox_admin_token", appUrl };
    const first = await registerWebhooks(options);
    expect(first.address).toBe(`${appUrl}/api/webhooks/recharge`);
    expect(first.created).toEqual(WEBHOOK_TOPICS);
    const second = await registerWebhooks(options);
    expect(second).toMatchObject({ created: [], existing: WEBHOOK_TOPICS });
    const listed = await sandbox.api<{ webhooks: { address: string }[] }>("GET", "/webhooks?limit=250");
    expect(listed.body.webhooks.filter((hook) => hook.address === first.address)).toHaveLength(
      WEBHOOK_TOPICS.length,
    );
  });

  it("verifies and stores what the sandbox delivers when a charge is skipped: its subscriptions' events", async () => {
    const queued = await sandbox.api<{
      charges: { id: number; line_items: { purchase_item_id: number }[] }[];
    }>("GET", "/charges?status=queued&sort_by=id-desc&limit=5");
    const charge = queued.body.charges[0]!;
    const subscriptionIds = charge.line_items.map((item) => String(item.purchase_item_id));
    const skipped = await sandbox.api("POST", `/charges/${charge.id}/skip`, {
      body: { purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id) },
    });
    expect(skipped.status).toBe(200);
    const db = await getDb();
    // Recharge has no charge/skipped topic: a skip is reported per subscription skipped in the charge.
    const rows = await eventually(async () => {
      const found = await db.query<{ topic: string; resource: string; resource_id: string }>(
        "SELECT topic, resource, resource_id FROM webhook_events WHERE resource_id = ANY($1) ORDER BY resource_id",
        [subscriptionIds],
      );
      return found.length === subscriptionIds.length ? found : undefined;
    });
    expect(rows).toEqual(
      [...subscriptionIds]
        .sort()
        .map((id) => ({ topic: "subscription/skipped", resource: "subscription", resource_id: id })),
    );
    // Every delivery was accepted the first time: none was refused and retried.
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((status) => status === 200)).toBe(true);
  });
});
