import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import type { Address, Customer } from "./store/types";
import { listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.1 });
});
afterAll(() => t.close());

type Row = { id: number } & Record<string, unknown>;
type Page = ListPage<string, Row>;
const LIMIT_ERROR = { errors: { limit: ["must be between 1 and 250"] } };
const CURSOR_ERROR = { errors: { cursor: ["Invalid value"] } };

describe("list envelopes", () => {
  it.each([
    "customers",
    "addresses",
    "subscriptions",
    "charges",
    "orders",
    "discounts",
    "async_batches",
    "webhooks",
  ])("GET /%s always carries both cursor keys and the plural list", async (resource) => {
    const res = await t.api<Page>("GET", `/${resource}?limit=1`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["next_cursor", "previous_cursor", resource]);
    expect(res.body.previous_cursor).toBeNull();
  });

  it("answers 50 rows by default", async () => {
    const res = await t.api<Page>("GET", "/charges");
    expect(res.body.charges).toHaveLength(50);
  });

  it("answers up to 250 rows for limit=250", async () => {
    const res = await t.api<Page>("GET", "/subscriptions?limit=250");
    expect(res.body.subscriptions).toHaveLength(250);
  });

  it("sorts by id descending by default", async () => {
    const ids = (await t.api<Page>("GET", "/customers?limit=100")).body.customers!.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it("sorts by sort_by=<field>-asc", async () => {
    const rows = (await t.api<Page>("GET", "/charges?limit=200&sort_by=scheduled_at-asc")).body.charges!;
    const keys = rows.map((r) => r.scheduled_at as string);
    expect(keys).toEqual([...keys].sort());
  });

  it("ignores unknown query parameters", async () => {
    const res = await t.api<Page>("GET", "/customers?limit=3&colour=blue&page=7");
    expect(res.status).toBe(200);
    expect(res.body.customers).toHaveLength(3);
  });

  it("treats an empty filter value as absent", async () => {
    const res = await t.api<Page>("GET", "/subscriptions?limit=5&status=&customer_id=");
    expect(res.status).toBe(200);
    expect(res.body.subscriptions).toHaveLength(5);
  });
});

describe("list validation", () => {
  it.each(["0", "251", "-1", "abc", "2.5"])("rejects limit=%s with 422", async (limit) => {
    const res = await t.api("GET", `/customers?limit=${limit}`);
    expect(res.status).toBe(422);
    expect(res.body).toEqual(LIMIT_ERROR);
  });

  it("rejects an unknown sort_by with 422", async () => {
    const res = await t.api<{ errors: Record<string, string[]> }>("GET", "/customers?sort_by=email-asc");
    expect(res.status).toBe(422);
    expect(res.body.errors.sort_by?.[0]).toMatch(/must be one of/);
  });

  it.each([
    ["customer_id=abc", "customer_id"],
    ["status=bogus", "status"],
    ["created_at_min=yesterday", "created_at_min"],
    ["ids=1,x", "ids"],
    ["scheduled_at=2024-02-30", "scheduled_at"],
  ])("rejects the filter %s with a field error", async (query, field) => {
    const res = await t.api<{ errors: Record<string, string[]> }>("GET", `/charges?${query}`);
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });
});

describe("cursors", () => {
  async function firstCursor(resource: string, query = "") {
    const res = await t.api<Page>("GET", `/${resource}?limit=2${query}`);
    return res.body.next_cursor as string;
  }

  it("accepts limit beside a cursor", async () => {
    const cursor = await firstCursor("customers");
    const res = await t.api<Page>("GET", `/customers?cursor=${cursor}&limit=7`);
    expect(res.status).toBe(200);
    expect(res.body.customers).toHaveLength(7);
  });

  it("keeps the filters and sort of the first page", async () => {
    const cursor = await firstCursor("charges", "&status=queued&sort_by=scheduled_at-asc");
    const rows = (await t.api<Page>("GET", `/charges?cursor=${cursor}&limit=50`)).body.charges!;
    expect(rows.every((r) => r.status === "queued")).toBe(true);
    const keys = rows.map((r) => r.scheduled_at as string);
    expect(keys).toEqual([...keys].sort());
  });

  it.each(["status=queued", "sort_by=id-asc", "customer_id=1"])(
    "rejects a cursor combined with %s",
    async (extra) => {
      const cursor = await firstCursor("charges");
      const res = await t.api<{ errors: Record<string, string[]> }>(
        "GET",
        `/charges?cursor=${cursor}&${extra}`,
      );
      expect(res.status).toBe(422);
      expect(res.body.errors.cursor).toBeDefined();
    },
  );

  it.each(["abc", "!!!", "eyJ", "e30", "%7B%7D", "a".repeat(5000)])(
    "rejects the malformed cursor %s",
    async (cursor) => {
      const res = await t.api("GET", `/customers?cursor=${cursor}`);
      expect(res.status).toBe(422);
      expect(res.body).toEqual(CURSOR_ERROR);
    },
  );

  it("rejects a tampered cursor", async () => {
    const cursor = await firstCursor("customers");
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString()) as Record<string, unknown>;
    payload.i = (payload.i as number) - 1;
    const forged = Buffer.from(JSON.stringify(payload)).toString("base64url");
    const res = await t.api("GET", `/customers?cursor=${forged}`);
    expect(res.body).toEqual(CURSOR_ERROR);
  });

  it("rejects another resource's cursor", async () => {
    const cursor = await firstCursor("subscriptions");
    const res = await t.api("GET", `/customers?cursor=${cursor}`);
    expect(res.status).toBe(422);
    expect(res.body).toEqual(CURSOR_ERROR);
  });

  it("rejects a cursor minted by a sandbox with another seed", async () => {
    const other = await startTestSandbox({ scale: 0.05, seed: 99 });
    try {
      const res = await other.api<Page>("GET", "/customers?limit=2");
      const foreign = await t.api("GET", `/customers?cursor=${res.body.next_cursor}`);
      expect(foreign.body).toEqual(CURSOR_ERROR);
    } finally {
      await other.close();
    }
  });

  it("is unpadded base64url JSON", async () => {
    const cursor = await firstCursor("charges", "&status=queued");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, "base64url").toString())).toMatchObject({
      r: "charges",
      s: "id",
      o: "desc",
      f: { status: "queued" },
    });
  });
});

describe("filters", () => {
  it("GET /addresses?customer_id= lists that customer's addresses only", async () => {
    const customer = (await t.api<Page>("GET", "/customers?limit=1")).body.customers![0] as Customer & Row;
    const res = await t.api<ListPage<"addresses", Address>>("GET", `/addresses?customer_id=${customer.id}`);
    expect(res.body.addresses.length).toBeGreaterThanOrEqual(1);
    expect(res.body.addresses.every((a) => a.customer_id === customer.id)).toBe(true);
  });

  it("matches email and discount codes without regard to case", async () => {
    const customer = (await t.api<Page>("GET", "/customers?limit=1")).body.customers![0] as Customer & Row;
    const res = await t.api<Page>(
      "GET",
      `/customers?email=${encodeURIComponent(customer.email.toUpperCase())}`,
    );
    expect(res.body.customers!.map((c) => c.id)).toEqual([customer.id]);
  });

  const purchaseItems = (c: Charge) => c.line_items.map((item) => String(item.purchase_item_id));
  it.each<[string, (c: Charge) => readonly string[]]>([
    ["purchase_item_id", purchaseItems],
    ["address_id", (c) => [String(c.address_id)]],
    ["customer_id", (c) => [String(c.customer.id)]],
    ["scheduled_at", (c) => [c.scheduled_at]],
    ["external_order_id", (c) => [c.external_order_id.ecommerce ?? ""]],
  ])("charges filter by %s", async (param, valuesOf) => {
    const all = await listAll<Charge>(t, "charges", "status=success");
    const sample = all[Math.floor(all.length / 2)]!;
    const value = valuesOf(sample)[0]!;
    const rows = await listAll<Charge>(t, "charges", `${param}=${encodeURIComponent(value)}`);
    expect(rows.map((c) => c.id)).toContain(sample.id);
    expect(rows.every((c) => valuesOf(c).includes(value))).toBe(true);
  });

  it("charges filter by discount_code, whatever its case", async () => {
    const discounted = (await listAll<Charge>(t, "charges")).find((c) => c.discounts.length > 0)!;
    const code = discounted.discounts[0]!.code;
    const rows = await listAll<Charge>(
      t,
      "charges",
      `discount_code=${encodeURIComponent(code.toLowerCase())}`,
    );
    expect(rows.map((c) => c.id)).toContain(discounted.id);
    expect(rows.every((c) => c.discounts.some((d) => d.code === code))).toBe(true);
  });

  it("charges filter by processed_at_min and processed_at_max", async () => {
    const min = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const max = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const rows = await listAll<Charge>(t, "charges", `processed_at_min=${min}&processed_at_max=${max}`);
    expect(rows.length).toBeGreaterThan(0);
    const inRange = (c: Charge) =>
      c.processed_at !== null &&
      Date.parse(c.processed_at) >= Date.parse(min) - 999 &&
      Date.parse(c.processed_at) <= Date.parse(max);
    expect(rows.every(inRange)).toBe(true);
  });

  it("customers filter by external_customer_id", async () => {
    const customer = (await t.api<Page>("GET", "/customers?limit=1")).body.customers![0] as Customer & Row;
    const id = customer.external_customer_id.ecommerce!;
    const res = await t.api<Page>("GET", `/customers?external_customer_id=${id}`);
    expect(res.body.customers!.map((c) => c.id)).toEqual([customer.id]);
  });

  it("orders filter by customer_id", async () => {
    const [order] = await listAll<{ id: number; customer: { id: number } }>(t, "orders", "limit=1");
    const rows = await listAll<{ customer: { id: number } }>(
      t,
      "orders",
      `customer_id=${order!.customer.id}`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((o) => o.customer.id === order!.customer.id)).toBe(true);
  });

  it("charges accept a comma-separated status list", async () => {
    const rows = await listAll<Charge>(t, "charges", "status=queued,error");
    expect(new Set(rows.map((c) => c.status))).toEqual(new Set(["queued", "error"]));
  });

  it("leaves charges processed more than 90 days ago out of GET /charges and answers 404 by id (changelog 6202)", async () => {
    const listed = await listAll<Charge>(t, "charges");
    const cutoff = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const processed = new Set(["success", "refunded", "partially_refunded"]);
    expect(listed.some((c) => processed.has(c.status) && c.processed_at! < cutoff)).toBe(false);
    expect(listed.some((c) => processed.has(c.status))).toBe(true);
    // Their orders stay readable: they name the charges the lookback hides.
    const orders = await listAll<{ charge: { id: number }; processed_at: string }>(
      t,
      "orders",
      "sort_by=id-asc",
    );
    const old = orders.find((o) => o.processed_at < cutoff)!;
    expect(listed.some((c) => c.id === old.charge.id)).toBe(false);
    const detail = await t.api("GET", `/charges/${old.charge.id}`);
    expect(detail.status).toBe(404);
    expect(detail.body).toEqual({ errors: "Not Found" });
    const refund = await t.api("POST", `/charges/${old.charge.id}/refund`, { body: { amount: "1.00" } });
    expect(refund.status).toBe(404);
  });
});
