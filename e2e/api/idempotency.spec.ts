import { expect, mutation, newKey, test } from "../fixtures/api";

type Charge = { id: number; status: string; total_price: string; total_refunds: string | null };

test.describe("idempotency", () => {
  test("10 concurrent refunds with one key reach Recharge once; a replay returns the first result", async ({
    api,
    sandbox,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const key = newKey();
    const body = { amount: "1.00", reason: "idempotency race test" };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body, key)),
      ),
    );
    const statuses = responses.map((response) => response.status());
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toHaveLength(1);

    const first = await responses.find((response) => response.status() === 200)!.json();
    const replay = await api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body, key));
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toEqual(first);
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toHaveLength(1);
    const upstream = await sandbox.get<{ charge: Charge }>(`/charges/${charge.id}`);
    expect(Number(upstream.charge.total_refunds)).toBeCloseTo(Number(charge.total_refunds ?? 0) + 1, 2);
  });

  test("the same key with a different body is refused with 422 and sends nothing", async ({
    api,
    sandbox,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const key = newKey();
    const first = await api.admin.post(
      `/api/charges/${charge.id}/refund`,
      mutation({ amount: "1.00", reason: "first" }, key),
    );
    expect(first.status()).toBe(200);
    const changed = await api.admin.post(
      `/api/charges/${charge.id}/refund`,
      mutation({ amount: "2.00", reason: "first" }, key),
    );
    expect(changed.status()).toBe(422);
    expect((await changed.json()).error.fields).toHaveProperty("Idempotency-Key");
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toHaveLength(1);
  });
});
