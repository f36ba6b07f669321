import { expect, mutation, test } from "../fixtures/api";

type Subscription = { id: number; status: string };

test.describe("audit log", () => {
  test("every mutation attempt — refused, failed or applied — leaves exactly one record", async ({
    api,
    sandbox,
  }) => {
    const subscription = await sandbox.claim<Subscription>("subscriptions", "status=active");
    const path = `/api/subscriptions/${subscription.id}/cancel`;
    const valid = { cancellation_reason: "Too expensive", reason: "customer called" };

    expect((await api.viewer.post(path, mutation(valid))).status()).toBe(403);
    expect((await api.agent.post(path, mutation({ reason: "missing cancellation reason" }))).status()).toBe(
      422,
    );
    const applied = await api.agent.post(path, mutation(valid));
    expect(applied.status()).toBe(200);
    expect((await applied.json()).data.status).toBe("cancelled");
    expect((await api.agent.post(path, mutation(valid))).status()).toBe(422); // already cancelled, says Recharge

    const response = await api.admin.get(`/api/audit?target_type=subscription&target_id=${subscription.id}`);
    expect(response.status()).toBe(200);
    const entries = (await response.json()).data as Record<string, unknown>[];
    expect(entries.map((entry) => [entry.operatorEmail, entry.outcome, entry.httpStatus])).toEqual([
      ["agent@example.com", "failed", 422],
      ["agent@example.com", "succeeded", 200],
      ["agent@example.com", "refused", 422],
      ["viewer@example.com", "refused", 403],
    ]);
    const success = entries[1]!;
    expect(success).toMatchObject({
      action: "subscription.cancel",
      operatorRole: "agent",
      reason: "customer called",
      upstreamStatus: 200,
      request: valid,
    });
    expect(success.upstreamRequestId).toBeTruthy();
    expect(success.idempotencyKey).toMatch(/^test-/);
  });

  test("the audit log pages with cursors and filters by operator", async ({ api }) => {
    // Two refused attempts by the viewer guarantee at least two records to page through.
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await api.viewer.post("/api/charges/1/refund", mutation({}))).status()).toBe(403);
    }
    const page = await (await api.admin.get("/api/audit?limit=1")).json();
    expect(page.data).toHaveLength(1);
    expect(page.previousCursor).toBeNull();
    expect(page.nextCursor).toBeTruthy();
    const second = await (await api.admin.get(`/api/audit?cursor=${page.nextCursor}&limit=1`)).json();
    expect(second.data[0].id).not.toBe(page.data[0].id);
    const back = await (await api.admin.get(`/api/audit?cursor=${second.previousCursor}&limit=1`)).json();
    expect(back.data[0].id).toBe(page.data[0].id);

    // Like Recharge: only limit may accompany a cursor, and a forged cursor is refused.
    expect((await api.admin.get(`/api/audit?cursor=${page.nextCursor}&action=charge.skip`)).status()).toBe(
      422,
    );
    expect((await api.admin.get(`/api/audit?cursor=${page.nextCursor}A`)).status()).toBe(422);

    const byViewer = await (await api.admin.get("/api/audit?operator=viewer@example.com")).json();
    expect(byViewer.data.length).toBeGreaterThanOrEqual(2);
    expect(new Set(byViewer.data.map((entry: { operatorEmail: string }) => entry.operatorEmail))).toEqual(
      new Set(["viewer@example.com"]),
    );
  });
});
