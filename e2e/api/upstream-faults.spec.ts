import { expect, mutation, test } from "../fixtures/api";

type Charge = { id: number; status: string };

test.describe("upstream faults", () => {
  test("transient 503s on a read are retried away", async ({ api, sandbox }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const fault = await sandbox.addFault({
      method: "GET",
      path: `/charges/${charge.id}`,
      status: 503,
      times: 2,
    });
    const response = await api.viewer.get(`/api/charges/${charge.id}`);
    expect(response.status()).toBe(200);
    expect((await response.json()).data.id).toBe(charge.id);
    expect(await sandbox.requests("GET", `/charges/${charge.id}`)).toHaveLength(3);
    await sandbox.removeFault(fault);
  });

  test("a persistently failing read answers 503 upstream_unavailable within the deadline", async ({
    api,
    sandbox,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const fault = await sandbox.addFault({ method: "GET", path: `/charges/${charge.id}`, status: 503 });
    const started = Date.now();
    const response = await api.viewer.get(`/api/charges/${charge.id}`);
    expect(response.status()).toBe(503);
    expect((await response.json()).error.code).toBe("upstream_unavailable");
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(await sandbox.requests("GET", `/charges/${charge.id}`)).toHaveLength(3);
    await sandbox.removeFault(fault);
  });

  test("a 500 on refund is sent once, explained, recorded in the audit log and not re-sent on retry", async ({
    api,
    sandbox,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const path = `/charges/${charge.id}/refund`;
    const fault = await sandbox.addFault({ method: "POST", path, status: 500, body: { errors: "boom" } });
    const key = `refund-500-${charge.id}-${Date.now().toString(36)}`;
    const body = { amount: "1.00", reason: "fault injection test" };
    const response = await api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body, key));
    expect(response.status()).toBe(503);
    const error = (await response.json()).error;
    expect(error.code).toBe("upstream_unavailable");
    expect(error.message).toMatch(/did not confirm/);
    expect(await sandbox.requests("POST", path)).toHaveLength(1);

    // Retrying the same dialog (same key) never sends the refund again.
    await sandbox.removeFault(fault);
    const retry = await api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body, key));
    expect(retry.status()).toBe(503);
    expect(await sandbox.requests("POST", path)).toHaveLength(1);

    const audit = await api.admin.get(
      `/api/audit?target_type=charge&target_id=${charge.id}&action=charge.refund`,
    );
    // Only this test's own attempts: the entries written under its idempotency key.
    const entries = (
      (await audit.json()).data as {
        outcome: string;
        upstreamStatus: number | null;
        reason: string;
        idempotencyKey: string | null;
      }[]
    ).filter((entry) => entry.idempotencyKey === key);
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.outcome === "unknown")).toBe(true);
    expect(entries.at(-1)).toMatchObject({ upstreamStatus: 500, reason: "fault injection test" });
  });

  test("a 409 from Recharge says to try again and frees the key for that retry", async ({ api, sandbox }) => {
    const charge = await sandbox.claim<Charge & { line_items: { purchase_item_id: number }[] }>(
      "charges",
      "status=queued",
    );
    const path = `/charges/${charge.id}/skip`;
    const fault = await sandbox.addFault({
      method: "POST",
      path,
      status: 409,
      body: { error: "A call to this route is already in progress." },
      times: 1,
    });
    const body = { purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id) };
    const key = `skip-409-${charge.id}`;
    const busy = await api.agent.post(`/api/charges/${charge.id}/skip`, mutation(body, key));
    expect(busy.status()).toBe(409);
    expect((await busy.json()).error.code).toBe("conflict");
    const retried = await api.agent.post(`/api/charges/${charge.id}/skip`, mutation(body, key));
    expect(retried.status()).toBe(200);
    expect((await retried.json()).data.status).toBe("skipped");
    await sandbox.removeFault(fault);
  });
});
