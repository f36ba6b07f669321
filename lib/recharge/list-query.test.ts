import "server-only";
import { describe, expect, it, vi } from "vitest";
import { createRechargeClient } from "./client";
import { RechargeError } from "./recharge-error";
import type { ChargeListParams, CustomerListParams } from "./schemas/list-filters";

function offlineClient() {
  const fetch = vi.fn<typeof globalThis.fetch>();
  return { fetch, client: createRechargeClient({ baseUrl: "http://127.0.0.1:9", token: "t", fetch }) };
}

async function refused(promise: Promise<unknown>) {
  const error = await promise.catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(RechargeError);
  expect(error).toMatchObject({ kind: "invalid_request", status: 0, attempts: 0 });
  return error as RechargeError;
}

describe("list params and bodies are checked before sending", () => {
  it("refuses filters beside a cursor", async () => {
    const { fetch, client } = offlineClient();
    const params = { cursor: "abc", status: "queued" } as unknown as ChargeListParams;
    const error = await refused(client.charges.list(params));
    expect(error.fieldErrors.cursor?.[0]).toContain("status");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses sort_by beside a cursor", async () => {
    const { fetch, client } = offlineClient();
    await refused(
      client.customers.list({ cursor: "abc", sort_by: "id-asc" } as unknown as CustomerListParams),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ["a limit above 250", { limit: 251 }, "limit"],
    ["a limit of 0", { limit: 0 }, "limit"],
    ["an unknown sort field", { sort_by: "total_price-asc" }, "sort_by"],
    ["an unknown filter name", { state: "queued" }, ""],
    ["a status Recharge does not have", { status: "paid" }, "status"],
    ["a malformed date", { scheduled_at: "01/02/2024" }, "scheduled_at"],
  ])("refuses %s", async (_name, params, field) => {
    const { fetch, client } = offlineClient();
    const error = await refused(client.charges.list(params as ChargeListParams));
    if (field) expect(Object.keys(error.fieldErrors)).toContain(field);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("sends a cursor with only the limit", async () => {
    const { fetch, client } = offlineClient();
    fetch.mockResolvedValue(Response.json({ next_cursor: null, previous_cursor: "p", customers: [] }));
    await expect(client.customers.list({ cursor: "abc", limit: 5 })).resolves.toEqual({
      items: [],
      nextCursor: null,
      previousCursor: "p",
      unreadableCount: 0,
      requestId: null,
    });
    expect(String(fetch.mock.calls[0]?.[0])).toBe("http://127.0.0.1:9/customers?cursor=abc&limit=5");
  });

  it.each([
    [
      "refund with both amount and full_refund",
      (c: ReturnType<typeof offlineClient>["client"]) =>
        c.charges.refund(1, { amount: "1.00", full_refund: true } as never),
    ],
    [
      "refund of zero",
      (c: ReturnType<typeof offlineClient>["client"]) => c.charges.refund(1, { amount: "0.00" }),
    ],
    [
      "skip without items",
      (c: ReturnType<typeof offlineClient>["client"]) => c.charges.skip(1, { purchase_item_ids: [] }),
    ],
    [
      "cancel without a reason",
      (c: ReturnType<typeof offlineClient>["client"]) =>
        c.subscriptions.cancel(1, { cancellation_reason: " " }),
    ],
    [
      "a bad date",
      (c: ReturnType<typeof offlineClient>["client"]) =>
        c.subscriptions.setNextChargeDate(1, { date: "tomorrow" }),
    ],
    [
      "a discount without a code",
      (c: ReturnType<typeof offlineClient>["client"]) => c.discounts.create({ code: "" }),
    ],
    [
      "an empty discount update",
      (c: ReturnType<typeof offlineClient>["client"]) => c.discounts.update(1, {}),
    ],
    [
      "an unknown batch type",
      (c: ReturnType<typeof offlineClient>["client"]) =>
        c.asyncBatches.create({ batch_type: "nope" as never }),
    ],
    [
      "1,001 tasks",
      (c: ReturnType<typeof offlineClient>["client"]) =>
        c.asyncBatches.addTasks(1, { tasks: Array.from({ length: 1001 }, () => ({ body: {} })) }),
    ],
    ["a non-integer id", (c: ReturnType<typeof offlineClient>["client"]) => c.charges.get(1.5)],
    ["a path-injecting id", (c: ReturnType<typeof offlineClient>["client"]) => c.charges.get(Number.NaN)],
  ])("refuses %s", async (_name, call) => {
    const { fetch, client } = offlineClient();
    await refused(call(client));
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("first pages never lean on an ambiguous default", () => {
  async function sentQuery(call: (client: ReturnType<typeof offlineClient>["client"]) => Promise<unknown>) {
    const { fetch, client } = offlineClient();
    fetch.mockResolvedValue(
      Response.json({ next_cursor: null, previous_cursor: null, customers: [], charges: [] }),
    );
    await call(client);
    return new URL(String(fetch.mock.calls[0]?.[0])).searchParams;
  }

  it("sends sort_by=id-desc, the 2021-11 standard, when the caller chose no order", async () => {
    const query = await sentQuery((client) => client.customers.list({ limit: 5 }));
    expect(query.get("sort_by")).toBe("id-desc");
    expect((await sentQuery((client) => client.charges.list())).get("sort_by")).toBe("id-desc");
  });

  it("keeps the order the caller chose", async () => {
    const query = await sentQuery((client) => client.charges.list({ sort_by: "scheduled_at-asc" }));
    expect(query.getAll("sort_by")).toEqual(["scheduled_at-asc"]);
  });

  it("sends a range's days as UTC date-times, the end day inclusive to its last second", async () => {
    const query = await sentQuery((client) =>
      client.charges.list({
        created_at_min: "2026-01-01",
        created_at_max: "2026-01-31",
        processed_at_max: "2026-02-28",
        scheduled_at: "2026-03-01",
      }),
    );
    expect(query.get("created_at_min")).toBe("2026-01-01T00:00:00Z");
    expect(query.get("created_at_max")).toBe("2026-01-31T23:59:59Z");
    expect(query.get("processed_at_max")).toBe("2026-02-28T23:59:59Z");
    // Not a range: `scheduled_at` names one calendar day and stays one.
    expect(query.get("scheduled_at")).toBe("2026-03-01");
  });

  it("sends date-times the caller gave as they are", async () => {
    const query = await sentQuery((client) =>
      client.customers.list({ updated_at_min: "2026-01-01T12:30:00+02:00" }),
    );
    expect(query.get("updated_at_min")).toBe("2026-01-01T12:30:00+02:00");
  });

  it("adds nothing to a cursor page: the cursor carries the order and the filters", async () => {
    const query = await sentQuery((client) => client.customers.list({ cursor: "abc", limit: 5 }));
    expect([...query.keys()]).toEqual(["cursor", "limit"]);
  });
});
