import { describe, expect, it, vi } from "vitest";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

const ORIGIN = "https://ops.example.com";
// Nothing listens on port 9: a task that got past the checks would fail upstream, not with a 422.
setInMemoryDemoEnv({ NEXTAUTH_URL: ORIGIN, RECHARGE_API_URL: "http://127.0.0.1:9" });

const admin: SessionOperator = { id: "1", email: "admin@example.com", name: "Ada Admin", role: "admin" };
vi.mock("@/lib/auth/session", () => ({ getOperator: async () => admin }));

const { POST } = await import("./route");
const { getDb } = await import("@/lib/db/client");

const submit = (body: unknown) =>
  POST(
    new Request(`${ORIGIN}/api/batches`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        "idempotency-key": `batch-${Math.random()}`,
      },
    }),
    { params: Promise.resolve({}) },
  );

describe("POST /api/batches", () => {
  it("refuses a batch with one bad task with 422 naming the row, before anything reaches Recharge", async () => {
    const tasks = [
      { body: { code: "GOOD1", value: "10", value_type: "percentage" } },
      { body: { code: "GOOD2", value: "10", value_type: "percentage" } },
      { body: { code: "GOOD3", value: "10", value_type: "percentage" } },
      { body: { code: "BAD CODE", value: "10", value_type: "percentage", surprise: true } },
    ];
    const response = await submit({ batch_type: "discount_create", tasks });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields).sort()).toEqual(["tasks.3.body", "tasks.3.body.code"]);
    // Refused, not sent: the audit record has no upstream call and no upload was recorded.
    const db = await getDb();
    const [audit] = await db.query<{ outcome: string; upstream_status: number | null }>(
      "SELECT outcome, upstream_status FROM audit_log WHERE action = 'batch.submit' ORDER BY id DESC LIMIT 1",
    );
    expect(audit).toEqual({ outcome: "refused", upstream_status: null });
    expect(await db.query("SELECT 1 FROM batch_uploads")).toEqual([]);
  });

  it("refuses a discount_update task in the single-endpoint shape instead of forwarding it", async () => {
    const response = await submit({
      batch_type: "discount_update",
      tasks: [{ body: { id: 5, status: "disabled" } }],
    });
    expect(response.status).toBe(422);
  });
});
