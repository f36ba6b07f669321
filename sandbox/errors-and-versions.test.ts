import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READONLY, startTestSandbox, type TestSandbox } from "./test-support";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05 });
});
afterAll(() => t.close());

const UUID = /^[0-9a-f-]{36}$/;

describe("authentication", () => {
  it("answers 401 bad authentication without a token", async () => {
    const res = await t.api("GET", "/customers", { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "bad authentication" });
    expect(res.headers.get("x-request-id")).toMatch(UUID);
    expect(res.headers.get("x-recharge-limit")).toBeNull();
  });

  it("answers 401 for an unknown token", async () => {
    const res = await t.api("GET", "/customers", { token: "not_a_token" });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "bad authentication" });
  });
});

describe("headers", () => {
  it("carries X-Request-Id, X-Recharge-Limit and x-recharge-version on a success", async () => {
    const res = await t.api("GET", "/customers?limit=1");
    expect(res.headers.get("x-request-id")).toMatch(UUID);
    expect(res.headers.get("x-recharge-limit")).toMatch(/^\d+\/\d+$/);
    expect(res.headers.get("x-recharge-version")).toBe("2021-11");
  });

  it("gives every response its own request id", async () => {
    const a = await t.api("GET", "/nope");
    const b = await t.api("GET", "/nope");
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});

describe("routing errors", () => {
  it("answers 404 Not Found for an unknown path", async () => {
    const res = await t.api("GET", "/unknown_things");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: "Not Found" });
  });

  it("answers 404 Not Found for an unknown id", async () => {
    const res = await t.api("GET", "/subscriptions/123");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: "Not Found" });
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const res = await t.api("DELETE", "/charges");
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ errors: "Method Not Allowed" });
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("request bodies", () => {
  it("answers 415 for a body that is not JSON", async () => {
    const res = await t.api("POST", "/discounts", {
      rawBody: "code=SAVE",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
    expect(typeof (res.body as { errors: unknown }).errors).toBe("string");
  });

  it("answers 400 for malformed JSON", async () => {
    const res = await t.api("POST", "/discounts", {
      rawBody: '{"code": ',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: string }).errors).toMatch(/Malformed JSON/);
  });

  it("answers 422 under _schema for JSON that is not an object", async () => {
    const res = await t.api("POST", "/discounts", { body: [1, 2] });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { _schema: ["must be a JSON object"] } });
  });

  it("treats an empty action body without a content type as {}", async () => {
    const page = await t.api<{ charges: { id: number }[] }>("GET", "/charges?status=queued&limit=1");
    const res = await t.api<{ charge: { status: string } }>(
      "POST",
      `/charges/${page.body.charges[0]!.id}/skip`,
      { rawBody: "" },
    );
    expect(res.status).toBe(200);
    expect(res.body.charge.status).toBe("skipped");
  });
});

describe("API versions", () => {
  it("answers 426 for an unknown version", async () => {
    const res = await t.api<{ errors: string }>("GET", "/customers", { version: "2020-01" });
    expect(res.status).toBe(426);
    expect(res.body.errors).toMatch(/not supported/);
  });

  it("answers 501 for 2021-11 endpoints asked under 2021-01", async () => {
    const res = await t.api<{ errors: string }>("GET", "/charges", { version: "2021-01" });
    expect(res.status).toBe(501);
    expect(res.body.errors).toMatch(/2021-11/);
    expect(res.headers.get("x-recharge-version")).toBe("2021-01");
  });

  it("treats a missing version header as the store default 2021-01", async () => {
    const res = await t.api("GET", "/charges", { version: null });
    expect(res.status).toBe(501);
    expect(res.headers.get("x-recharge-version")).toBe("2021-01");
  });

  it.each(["2021-01", "2021-11", null])(
    "answers GET /token_information under version %s",
    async (version) => {
      const res = await t.api<{ token_information: { name: string; scopes: string[] } }>(
        "GET",
        "/token_information",
        { version },
      );
      expect(res.status).toBe(200);
      expect(res.body.token_information.name).toBe("Sandbox admin token");
    },
  );
});

describe("scopes", () => {
  it("token_information lists both spellings of the charge scopes for the admin token", async () => {
    const res = await t.api<{ token_information: { scopes: string[] } }>("GET", "/token_information");
    expect(res.body.token_information.scopes).toEqual(
      expect.arrayContaining([
        "read_orders",
        "write_orders",
        "read_charges",
        "write_charges",
        "write_payments",
        "process_charge",
        "write_batches",
        "write_webhooks",
      ]),
    );
  });

  it("the read-only token has read scopes only", async () => {
    const res = await t.api<{ token_information: { name: string; scopes: string[] } }>(
      "GET",
      "/token_information",
      { token: READONLY },
    );
    expect(res.body.token_information.name).toBe("Sandbox read-only token");
    expect(res.body.token_information.scopes.every((scope) => scope.startsWith("read_"))).toBe(true);
  });

  it.each([
    "/customers",
    "/addresses",
    "/subscriptions",
    "/charges",
    "/orders",
    "/discounts",
    "/async_batches",
    "/webhooks",
  ])("the read-only token may GET %s", async (path) => {
    expect((await t.api("GET", path, { token: READONLY })).status).toBe(200);
  });

  it.each([
    ["POST", "/charges/1/skip"],
    ["POST", "/charges/1/unskip"],
    ["POST", "/charges/1/refund"],
    ["POST", "/charges/1/process"],
    ["POST", "/subscriptions/1/set_next_charge_date"],
    ["POST", "/subscriptions/1/cancel"],
    ["POST", "/subscriptions/1/activate"],
    ["POST", "/discounts"],
    ["PUT", "/discounts/1"],
    ["DELETE", "/discounts/1"],
    ["POST", "/async_batches"],
    ["POST", "/async_batches/1/tasks"],
    ["POST", "/async_batches/1/process"],
    ["POST", "/webhooks"],
    ["DELETE", "/webhooks/1"],
  ])("the read-only token gets 403 for %s %s", async (method, path) => {
    const res = await t.api(method, path, { token: READONLY, body: {} });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ errors: "You do not have sufficient permissions (scopes) for this object" });
  });
});
