// The sandbox refuses what Recharge does not document, the way Recharge refuses (README, "Sources").
// One row per refusal: the request, then the status and the body's shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AsyncBatch, BatchTask } from "./store/admin-types";
import { eventually, startTestSandbox, type ApiResponse, type TestSandbox } from "./test-support";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05, batchRate: 500 });
});
afterAll(() => t.close());

/** A task run through a discount_update batch, answered as GET /async_batches/{id}/tasks shows it. */
async function runUpdateTask(body: Record<string, unknown>): Promise<ApiResponse<BatchTask>> {
  const batch = (
    await t.api<{ async_batch: AsyncBatch }>("POST", "/async_batches", {
      body: { batch_type: "discount_update" },
    })
  ).body.async_batch;
  await t.api("POST", `/async_batches/${batch.id}/tasks`, { body: { tasks: [{ body }] } });
  await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
  return eventually(async () => {
    const res = await t.api<{ async_batch_tasks: BatchTask[] }>("GET", `/async_batches/${batch.id}/tasks`);
    const [task] = res.body.async_batch_tasks;
    return task?.result ? { ...res, body: task } : undefined;
  });
}

/** A charge paid more than 90 days ago, found through its order (orders are not subject to the lookback). */
async function oldChargeId(): Promise<number> {
  const cutoff = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const res = await t.api<{ orders: { charge: { id: number }; processed_at: string }[] }>(
    "GET",
    "/orders?limit=250&sort_by=id-asc",
  );
  const order = res.body.orders.find((o) => o.processed_at < cutoff);
  if (!order) throw new Error("no order older than 90 days in the seed");
  return order.charge.id;
}

async function firstCursor(): Promise<string> {
  const res = await t.api<{ next_cursor: string }>("GET", "/charges?limit=1");
  return res.body.next_cursor;
}

/** The id of the first record of a list (the seed has plenty of each). */
async function firstId(resource: string, query = ""): Promise<number> {
  const res = await t.api<Record<string, { id: number }[]>>("GET", `/${resource}?limit=1${query}`);
  return res.body[resource]![0]!.id;
}

interface Row {
  refusal: string;
  call: () => Promise<ApiResponse<unknown>>;
  status: number;
  body: unknown;
}

const ROWS: Row[] = [
  {
    refusal: "an undocumented webhook topic",
    call: () =>
      t.api("POST", "/webhooks", { body: { address: "https://example.com/h", topic: "charge/skipped" } }),
    status: 422,
    body: { errors: { topic: ["charge/skipped is not a valid topic"] } },
  },
  {
    refusal: "an undocumented batch task body (the single endpoint's {id, …fields})",
    call: () => runUpdateTask({ id: 1, value: "10" }),
    status: 200,
    body: expect.objectContaining({
      status: "failed",
      result: {
        status_code: 422,
        output: {
          errors: expect.objectContaining({ id: [expect.any(String)], discount_id: ["can't be blank"] }),
        },
      },
    }),
  },
  {
    refusal: "a filter beside a cursor",
    call: async () => t.api("GET", `/charges?cursor=${await firstCursor()}&status=queued`),
    status: 422,
    body: { errors: { cursor: [expect.any(String)] } },
  },
  {
    refusal: "limit above 250",
    call: () => t.api("GET", "/charges?limit=251"),
    status: 422,
    body: { errors: { limit: ["must be between 1 and 250"] } },
  },
  {
    refusal: "X-Recharge-Version 2021-01 on a 2021-11-only endpoint",
    call: () => t.api("GET", "/charges", { version: "2021-01" }),
    status: 501,
    body: { errors: expect.stringContaining("X-Recharge-Version: 2021-11") },
  },
  {
    refusal: "an include value the resource does not list",
    call: () => t.api("GET", "/subscriptions?include=foo"),
    status: 422,
    body: { errors: { include: ["foo is not a valid include for subscriptions"] } },
  },
  {
    refusal: "an undocumented field in PUT /subscriptions/{id}",
    call: async () =>
      t.api("PUT", `/subscriptions/${await firstId("subscriptions", "&status=active")}?commit=true`, {
        body: { quantity: 2, shopify_variant_id: "1" },
      }),
    status: 422,
    body: { errors: { shopify_variant_id: ["is not a documented field of this request"] } },
  },
  {
    refusal: "a discount code the store does not have, on PUT /addresses/{id}",
    call: async () =>
      t.api("PUT", `/addresses/${await firstId("addresses")}?commit=true`, {
        body: { discounts: [{ code: "NOSUCHCODE" }] },
      }),
    status: 422,
    body: { errors: { discounts: { "0": { code: ["NOSUCHCODE is not a discount code of this store"] } } } },
  },
  {
    refusal: "a country the store does not ship to, on PUT /addresses/{id}",
    call: async () =>
      t.api("PUT", `/addresses/${await firstId("addresses")}?commit=true`, { body: { country_code: "JP" } }),
    status: 422,
    body: { errors: { country_code: ["JP is not a country this store ships to"] } },
  },
  {
    refusal: "GET of a charge processed more than 90 days ago",
    call: async () => t.api("GET", `/charges/${await oldChargeId()}`),
    status: 404,
    body: { errors: "Not Found" },
  },
];

describe("refusals", () => {
  it.each(ROWS)("$refusal → $status", async ({ call, status, body }) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect(res.body).toEqual(body);
  });
});
