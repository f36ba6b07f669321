// Every resource prints the fields of recharge-api.md §4 in Recharge's key order: `id`, then numeric
// `*_id` keys alphabetically, then the rest alphabetically (nested objects too).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
const samples = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05 });
  for (const resource of ["customers", "addresses", "subscriptions", "charges", "orders", "discounts"]) {
    const page = await t.api<ListPage<string, Record<string, unknown>>>("GET", `/${resource}?limit=1`);
    samples.set(resource, page.body[resource]![0]!);
  }
  const batch = await t.api<{ async_batch: Record<string, unknown> }>("POST", "/async_batches", {
    body: { batch_type: "discount_create" },
  });
  samples.set("async_batches", batch.body.async_batch);
  const tasks = await t.api<{ async_batch_tasks: Record<string, unknown>[] }>(
    "POST",
    `/async_batches/${batch.body.async_batch.id}/tasks`,
    {
      body: { tasks: [{ body: { code: "Z", value: "1", value_type: "percentage" } }] },
    },
  );
  samples.set("tasks", tasks.body.async_batch_tasks[0]!);
});
afterAll(() => t.close());

function canonicalOrder(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  const isForeignId = (key: string) =>
    key !== "id" && key.endsWith("_id") && (typeof object[key] === "number" || object[key] === null);
  const rest = keys.filter((key) => key !== "id" && !isForeignId(key)).sort();
  return [...(keys.includes("id") ? ["id"] : []), ...keys.filter(isForeignId).sort(), ...rest];
}

/** Paths of objects whose keys are out of order; `body` (client input) is left alone. */
function misordered(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => misordered(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const object = value as Record<string, unknown>;
  const here = JSON.stringify(Object.keys(object)) === JSON.stringify(canonicalOrder(object)) ? [] : [path];
  return [
    ...here,
    ...Object.entries(object).flatMap(([key, child]) =>
      key === "body" ? [] : misordered(child, `${path}.${key}`),
    ),
  ];
}

const FIELDS: Record<string, string[]> = {
  customers: [
    "id",
    "analytics_data",
    "created_at",
    "email",
    "external_customer_id",
    "first_charge_processed_at",
    "first_name",
    "has_payment_method_in_dunning",
    "has_valid_payment_method",
    "hash",
    "last_name",
    "phone",
    "subscriptions_active_count",
    "subscriptions_total_count",
    "tax_exempt",
    "updated_at",
  ],
  addresses: [
    "id",
    "customer_id",
    "payment_method_id",
    "address1",
    "address2",
    "city",
    "company",
    "country_code",
    "created_at",
    "discounts",
    "first_name",
    "last_name",
    "order_attributes",
    "phone",
    "presentment_currency",
    "province",
    "updated_at",
    "zip",
  ],
  subscriptions: [
    "id",
    "address_id",
    "customer_id",
    "cancellation_reason",
    "cancellation_reason_comments",
    "cancelled_at",
    "charge_interval_frequency",
    "created_at",
    "external_product_id",
    "external_variant_id",
    "has_queued_charges",
    "is_prepaid",
    "is_skippable",
    "max_retries_reached",
    "next_charge_scheduled_at",
    "order_interval_frequency",
    "order_interval_unit",
    "presentment_currency",
    "price",
    "product_title",
    "properties",
    "quantity",
    "sku",
    "status",
    "updated_at",
    "variant_title",
  ],
  charges: [
    "id",
    "address_id",
    "billing_address",
    "created_at",
    "currency",
    "customer",
    "discounts",
    "error",
    "error_type",
    "external_order_id",
    "line_items",
    "merged_at",
    "note",
    "orders_count",
    "processed_at",
    "retry_date",
    "scheduled_at",
    "shipping_address",
    "shipping_lines",
    "status",
    "subtotal_price",
    "tags",
    "tax_lines",
    "taxes_included",
    "total_discounts",
    "total_line_items_price",
    "total_price",
    "total_refunds",
    "total_tax",
    "type",
    "updated_at",
  ],
  orders: ["id", "address_id", "charge", "customer", "line_items", "status", "total_price", "total_refunds"],
  discounts: [
    "id",
    "applies_to",
    "channel_settings",
    "code",
    "created_at",
    "ends_at",
    "external_discount_id",
    "prerequisite_subtotal_min",
    "starts_at",
    "status",
    "updated_at",
    "usage_limits",
    "value",
    "value_type",
  ],
  async_batches: [
    "id",
    "batch_type",
    "closed_at",
    "created_at",
    "fail_task_count",
    "status",
    "submitted_at",
    "success_task_count",
    "total_task_count",
    "updated_at",
    "version",
  ],
  tasks: ["id", "batch_id", "body", "completed_at", "created_at", "result", "status", "updated_at"],
};

describe.each(Object.keys(FIELDS))("%s", (resource) => {
  it("carries every field the contract names", () => {
    expect(Object.keys(samples.get(resource)!)).toEqual(expect.arrayContaining(FIELDS[resource]!));
  });

  it("prints its keys, nested ones included, in Recharge's order", () => {
    expect(misordered(samples.get(resource))).toEqual([]);
  });
});

it("charges carry no top-level customer_id and print money as 2-decimal strings", () => {
  const charge = samples.get("charges")!;
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

it("line items carry the contract's fields", () => {
  const [item] = samples.get("charges")!.line_items as Record<string, unknown>[];
  expect(Object.keys(item!)).toEqual(
    expect.arrayContaining([
      "purchase_item_id",
      "purchase_item_type",
      "external_product_id",
      "external_variant_id",
      "original_price",
      "properties",
      "quantity",
      "sku",
      "tax_due",
      "taxable",
      "title",
      "total_price",
      "unit_price",
      "variant_title",
    ]),
  );
});

it("timestamps carry +00:00 and dates are YYYY-MM-DD", () => {
  const charge = samples.get("charges")!;
  expect(charge.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  expect(charge.scheduled_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it("booleans are JSON booleans and enums are lower-case, except applies_to.purchase_item_type", () => {
  const customer = samples.get("customers")!;
  const subscription = samples.get("subscriptions")!;
  expect(typeof customer.tax_exempt).toBe("boolean");
  expect(typeof subscription.is_skippable).toBe("boolean");
  expect(subscription.status).toMatch(/^[a-z_]+$/);
  expect(subscription.order_interval_unit).toMatch(/^(day|week|month)$/);
  expect((samples.get("discounts")!.applies_to as { purchase_item_type: string }).purchase_item_type).toMatch(
    /^(ALL|ONETIME|SUBSCRIPTION)$/,
  );
});
