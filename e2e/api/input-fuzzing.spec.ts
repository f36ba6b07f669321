import fc from "fast-check";
import { expect, mutation, test } from "../fixtures/api";

type Charge = { id: number };

test.describe("input fuzzing", () => {
  test("random bodies on refund get only 4xx and never reach Recharge", async ({ api, sandbox }) => {
    test.setTimeout(60_000);
    const charge = await sandbox.claim<Charge>("charges", "status=success");
    const invalidRefund = fc.oneof(
      fc.jsonValue(),
      fc.record({
        amount: fc.oneof(fc.string(), fc.double(), fc.constant("0"), fc.constant("-5"), fc.constant("1.234")),
      }),
      fc.record({ full_refund: fc.oneof(fc.boolean(), fc.string()), reason: fc.string({ maxLength: 2 }) }),
    );
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(invalidRefund, async (body) => {
        const response = await api.admin.post(`/api/charges/${charge.id}/refund`, mutation(body));
        statuses.push(response.status());
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(statuses).toHaveLength(60);
    expect(await sandbox.requests("POST", `/charges/${charge.id}/refund`)).toEqual([]);
  });

  test("malformed ids, query values and JSON are 4xx, never 500", async ({ api }) => {
    const probes = [
      api.viewer.get("/api/charges/abc"),
      api.viewer.get("/api/charges/-1"),
      api.viewer.get("/api/charges/99999999999999999999"),
      api.viewer.get("/api/charges?limit=0"),
      api.viewer.get("/api/charges?limit=abc"),
      api.viewer.get("/api/charges?status=nonsense"),
      api.viewer.get("/api/charges?cursor=tampered"),
      api.viewer.get("/api/charges?cursor=abc&status=queued"),
      api.viewer.get("/api/charges?unknown_filter=1"),
      api.viewer.get("/api/customers?ids=1,x"),
      api.admin.get("/api/audit?cursor=forged.tag"),
      api.admin.get("/api/audit?limit=9999"),
      api.agent.post("/api/charges/1/skip", { ...mutation({}), data: "{not json" }),
    ];
    for (const response of await Promise.all(probes)) {
      expect(response.status(), `${response.url()} → ${await response.text()}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), response.url()).toBeLessThan(500);
      expect((await response.json()).error.code).toBeTruthy();
    }
  });
});
