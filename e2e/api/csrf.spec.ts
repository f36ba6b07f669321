import { BASE_URL, expect, newKey, test } from "../fixtures/api";

type Charge = { id: number; line_items: { purchase_item_id: number }[] };

test.describe("cross-site request forgery", () => {
  test("mutations from another site, a null origin, a form post or without a key are refused and never reach Recharge", async ({
    api,
    sandbox,
  }) => {
    const charge = await sandbox.claim<Charge>("charges", "status=queued");
    const path = `/api/charges/${charge.id}/skip`;
    const body = JSON.stringify({ purchase_item_ids: [charge.line_items[0]!.purchase_item_id] });
    const json = { "Content-Type": "application/json", "Idempotency-Key": newKey() };

    const cases: { name: string; headers: Record<string, string>; status: number }[] = [
      { name: "cross-site Origin", headers: { ...json, Origin: "https://evil.example" }, status: 403 },
      { name: "Origin: null", headers: { ...json, Origin: "null" }, status: 403 },
      {
        name: "Sec-Fetch-Site: cross-site",
        headers: { ...json, "Sec-Fetch-Site": "cross-site" },
        status: 403,
      },
      {
        name: "form-encoded body",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Idempotency-Key": newKey(),
          Origin: BASE_URL,
        },
        status: 415,
      },
      {
        name: "missing Idempotency-Key",
        headers: { "Content-Type": "application/json", Origin: BASE_URL },
        status: 422,
      },
    ];
    for (const item of cases) {
      const response = await api.agent.fetch(path, {
        method: "POST",
        data: body,
        headers: item.headers,
        maxRedirects: 0,
      });
      expect(response.status(), item.name).toBe(item.status);
    }
    expect(await sandbox.requests("POST", `/charges/${charge.id}/skip`)).toEqual([]);
    const after = await sandbox.get<{ charge: { status: string } }>(`/charges/${charge.id}`);
    expect(after.charge.status).toBe("queued");
  });
});
