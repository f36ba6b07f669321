import "server-only";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRechargeClient } from "./client";
import { readRecords } from "./read-records";
import { customerSchema } from "./schemas/customer";

const TOKEN = "sk_test_token_never_logged";

function clientAnswering(body: unknown, requestId = "req_list_1") {
  const fetch = vi.fn<typeof globalThis.fetch>();
  fetch.mockResolvedValue(Response.json(body, { headers: { "X-Request-Id": requestId } }));
  return createRechargeClient({ baseUrl: "http://127.0.0.1:9", token: TOKEN, fetch });
}

const customer = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  email: `c${id}@example.com`,
  ...extra,
});

afterEach(() => vi.restoreAllMocks());

describe("readRecords", () => {
  it("keeps the readable records in order and says where and why the others failed", () => {
    const { items, unreadable } = readRecords(
      [customer(1), "not a record", { email: "no-id@example.com" }, customer(4)],
      customerSchema,
    );
    expect(items.map((item) => item.id)).toEqual([1, 4]);
    expect(unreadable).toEqual([
      { index: 1, id: null, issues: [expect.stringContaining("(record)")] },
      { index: 2, id: null, issues: [expect.stringContaining("id")] },
    ]);
  });

  it("names a record's id when it has one, even though another field made it unreadable", () => {
    const { unreadable } = readRecords(
      [customer(7, { subscriptions_active_count: "three" })],
      customerSchema,
    );
    expect(unreadable).toEqual([
      { index: 0, id: 7, issues: [expect.stringMatching(/^subscriptions_active_count: /)] },
    ]);
  });
});

describe("a list page with an unreadable record", () => {
  it("returns the others with the count left out and the page's request id", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const client = clientAnswering({
      next_cursor: "n",
      previous_cursor: null,
      customers: [customer(1), customer(2, { has_valid_payment_method: "yes" }), customer(3)],
    });
    const page = await client.customers.list();
    expect(page.items.map((item) => item.id)).toEqual([1, 3]);
    expect(page).toMatchObject({ nextCursor: "n", unreadableCount: 1, requestId: "req_list_1" });
  });

  it("logs one line per record left out: resource, id, request id and issues, never values or the token", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const secret = "private-note-of-customer-2";
    const client = clientAnswering({
      next_cursor: null,
      previous_cursor: null,
      customers: [customer(2, { email: 42, hash: secret }), { id: "x", token: TOKEN }],
    });
    await client.customers.list();
    expect(warn).toHaveBeenCalledTimes(2);
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines[0]).toContain("customers record (id 2");
    expect(lines[0]).toContain("req_list_1");
    expect(lines[0]).toContain("email:");
    expect(lines[1]).toContain("(id none");
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(secret);
      expect(line).not.toContain("c2@example.com");
    }
  });

  it("still fails a single record that cannot be read", async () => {
    const client = clientAnswering({ customer: { email: "no-id@example.com" } });
    await expect(client.customers.get(5)).rejects.toMatchObject({ kind: "invalid_response" });
  });
});
