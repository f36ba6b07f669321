// Every served record carries exactly the documented fields of its object (store/documented-fields.ts,
// with the source of each list) in Recharge's key order (store/key-order.ts): `id`, then the keys
// relating to other Recharge resources, then the rest alphabetically, underscores read as spaces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentedKeyOrder, type DocumentedObject } from "./store/documented-fields";
import { rechargeKeyOrder } from "./store/key-order";
import { RESOURCES } from "./store/store";
import { startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

type Json = Record<string, unknown>;
let t: TestSandbox;
const pages = new Map<string, Json[]>();

async function page(path: string, key: string): Promise<Json[]> {
  const res = await t.api<ListPage<string, Json>>("GET", path);
  expect(res.status, path).toBe(200);
  return res.body[key]!;
}

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05 });
  for (const resource of ["customers", "addresses", "subscriptions", "orders", "discounts"])
    pages.set(resource, await page(`/${resource}?limit=250`, resource));
  // Upcoming charges first, then the paid, failed and refunded ones of the last 90 days.
  pages.set("charges", [
    ...(await page("/charges?limit=250", "charges")),
    ...(await page("/charges?limit=250&status=success,error,refunded,partially_refunded", "charges")),
  ]);
  const batch = await t.api<{ async_batch: Json }>("POST", "/async_batches", {
    body: { batch_type: "discount_create" },
  });
  await t.api("POST", `/async_batches/${batch.body.async_batch.id}/tasks`, {
    body: { tasks: [{ body: { code: "Z", value: "1", value_type: "percentage" } }] },
  });
  await t.api("POST", "/webhooks", { body: { address: "https://example.com/h", topic: "charge/paid" } });
  pages.set("async_batches", await page("/async_batches?limit=250", "async_batches"));
  pages.set(
    "tasks",
    await page(`/async_batches/${batch.body.async_batch.id}/tasks?limit=250`, "async_batch_tasks"),
  );
  pages.set("webhooks", await page("/webhooks?limit=250", "webhooks"));
});
afterAll(() => t.close());

/** Each object of a record, with the documented object it must be. */
function objectsOf(resource: string, record: Json): [DocumentedObject, unknown][] {
  const list = (key: string) => (record[key] as unknown[]) ?? [];
  const lines = (object: Json) =>
    (object.line_items as Json[]).flatMap((item) => [
      ["lineItem", item] as [DocumentedObject, unknown],
      ...(item.tax_lines as unknown[]).map((tax): [DocumentedObject, unknown] => ["taxLine", tax]),
    ]);
  const sale = (object: Json): [DocumentedObject, unknown][] => [
    ["chargeCustomer", object.customer],
    ["postalAddress", object.billing_address],
    ["postalAddress", object.shipping_address],
    ...list("discounts").map((d): [DocumentedObject, unknown] => ["chargeDiscount", d]),
    ...list("tax_lines").map((tax): [DocumentedObject, unknown] => ["taxLine", tax]),
    ...list("shipping_lines").map((line): [DocumentedObject, unknown] => ["shippingLine", line]),
    ...lines(object),
  ];
  switch (resource) {
    case "customers":
      return [["customer", record]];
    case "addresses":
      return [
        ["address", record],
        ...list("discounts").map((d): [DocumentedObject, unknown] => ["addressDiscount", d]),
      ];
    case "subscriptions":
      return [["subscription", record]];
    case "charges":
      return [["charge", record], ...sale(record)];
    case "orders":
      return [["order", record], ["orderCharge", record.charge], ...sale(record)];
    case "discounts":
      return [
        ["discount", record],
        ["usageLimits", record.usage_limits],
      ];
    case "async_batches":
      return [["asyncBatch", record]];
    case "tasks":
      return [["asyncBatchTask", record]];
    case "webhooks":
      return [["webhook", record]];
    default:
      throw new Error(`no documented object for ${resource}`);
  }
}

/** Paths of objects whose keys are out of Recharge's order; `body` (client input) is left alone. */
function misordered(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => misordered(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  const here = JSON.stringify(keys) === JSON.stringify(rechargeKeyOrder(keys)) ? [] : [path];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) =>
      key === "body" ? [] : misordered(child, `${path}.${key}`),
    ),
  ];
}

describe.each(RESOURCES)("%s", (resource) => {
  it("prints exactly the documented fields of each object, in Recharge's order", () => {
    const records = pages.get(resource)!;
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      for (const [object, value] of objectsOf(resource, record))
        expect(Object.keys(value as Json), `${resource} ${String(record.id)} ${object}`).toEqual(
          documentedKeyOrder(object),
        );
    }
  });

  it("orders the keys of every nested object too", () => {
    expect(pages.get(resource)!.flatMap((record) => misordered(record))).toEqual([]);
  });
});

const sample = (resource: string) => pages.get(resource)![0]!;

it("charges carry no top-level customer_id and print money as 2-decimal strings", () => {
  const charge = sample("charges");
  expect(charge).not.toHaveProperty("customer_id");
  for (const key of [
    "total_price",
    "subtotal_price",
    "total_tax",
    "total_discounts",
    "total_refunds",
    "total_line_items_price",
  ]) {
    expect(charge[key]).toMatch(/^\d+\.\d{2}$/);
  }
  expect(charge.customer).toEqual({
    id: expect.any(Number),
    email: expect.any(String),
    external_customer_id: { ecommerce: expect.any(String) },
    hash: expect.any(String),
  });
});

it("timestamps carry +00:00 and dates are YYYY-MM-DD", () => {
  const charge = sample("charges");
  expect(charge.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  expect(charge.scheduled_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it("booleans are JSON booleans and enums are lower-case, except applies_to.purchase_item_type", () => {
  const customer = sample("customers");
  const subscription = sample("subscriptions");
  expect(typeof customer.tax_exempt).toBe("boolean");
  expect(typeof subscription.is_skippable).toBe("boolean");
  expect(subscription.status).toMatch(/^[a-z_]+$/);
  expect(subscription.order_interval_unit).toMatch(/^(day|week|month)$/);
  expect((sample("discounts").applies_to as { purchase_item_type: string }).purchase_item_type).toMatch(
    /^(ALL|ONETIME|SUBSCRIPTION)$/,
  );
});
