// Property tests of keyset paging over real HTTP: for random filters, sorts and limits, walking
// next_cursor visits the filtered, sorted set exactly once, and walking previous_cursor back from the
// end returns the same pages in reverse.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

type Row = { id: number } & Record<string, unknown>;
type Filter = { param: string; value: string; test: (row: Row) => boolean };

let t: TestSandbox;
const data = new Map<string, Row[]>();
const RESOURCES = ["customers", "subscriptions", "charges", "discounts"] as const;
type Resource = (typeof RESOURCES)[number];

beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.1 });
  for (const resource of RESOURCES) data.set(resource, await listAll<Row>(t, resource, "sort_by=id-asc"));
});
afterAll(() => t.close());

const str = (row: Row, key: string) => row[key] as string | null;
const sortsOf = (resource: Resource) =>
  resource === "charges"
    ? ["id", "created_at", "updated_at", "scheduled_at"]
    : ["id", "created_at", "updated_at"];

/** Filters built from values present in the data, with the semantics the contract gives them. */
function filterArbitrary(resource: Resource, rows: readonly Row[]): fc.Arbitrary<Filter> {
  const row = fc.constantFrom(...rows);
  const range = (field: string) =>
    fc.tuple(row, fc.constantFrom("min", "max")).map(([r, bound]): Filter => {
      const value = str(r, field) as string;
      return {
        param: `${field}_${bound}`,
        value,
        test: (x) =>
          str(x, field) !== null && (bound === "min" ? str(x, field)! >= value : str(x, field)! <= value),
      };
    });
  const common = [
    range("created_at"),
    range("updated_at"),
    row.map((r): Filter => ({
      param: "ids",
      value: `${r.id},${rows[0]!.id}`,
      test: (x) => x.id === r.id || x.id === rows[0]!.id,
    })),
  ];
  const equal = (param: string, get: (x: Row) => unknown) =>
    row.map((r): Filter => ({ param, value: String(get(r)), test: (x) => get(x) === get(r) }));
  switch (resource) {
    case "customers":
      return fc.oneof(
        ...common,
        equal("email", (x) => x.email),
      );
    case "subscriptions":
      return fc.oneof(
        ...common,
        equal("status", (x) => x.status),
        equal("customer_id", (x) => x.customer_id),
        equal("address_id", (x) => x.address_id),
      );
    case "charges":
      return fc.oneof(
        ...common,
        equal("status", (x) => x.status),
        equal("address_id", (x) => x.address_id),
        equal("customer_id", (x) => (x.customer as { id: number }).id),
        fc.subarray(["queued", "skipped", "error", "success"], { minLength: 1 }).map((statuses): Filter => ({
          param: "status",
          value: statuses.join(","),
          test: (x) => statuses.includes(x.status as string),
        })),
        fc.tuple(row, fc.constantFrom("min", "max")).map(([r, bound]): Filter => {
          const date = str(r, "scheduled_at") as string;
          return {
            param: `scheduled_at_${bound}`,
            value: date,
            test: (x) =>
              bound === "min" ? str(x, "scheduled_at")! >= date : str(x, "scheduled_at")! <= date,
          };
        }),
      );
    case "discounts":
      return fc.oneof(
        ...common,
        equal("status", (x) => x.status),
        equal("discount_type", (x) => x.value_type),
      );
  }
}

const compare = (field: string, order: string) => (a: Row, b: Row) => {
  const ka = a[field] as string | number;
  const kb = b[field] as string | number;
  const base = ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
  return order === "asc" ? base : -base;
};

interface Walk {
  pages: number[][];
  lastCursor: string | null;
}

async function walkForward(
  resource: string,
  query: string,
  limit: number,
): Promise<Walk & { lastPrevious: string | null }> {
  const pages: number[][] = [];
  let path = `/${resource}?limit=${limit}&${query}`;
  let first = true;
  for (;;) {
    const res = await t.api<ListPage<string, Row>>("GET", path);
    expect(res.status).toBe(200);
    const rows = res.body[resource] ?? [];
    pages.push(rows.map((r) => r.id));
    if (first) expect(res.body.previous_cursor).toBeNull();
    first = false;
    if (!res.body.next_cursor) return { pages, lastCursor: null, lastPrevious: res.body.previous_cursor };
    expect(rows).toHaveLength(limit);
    path = `/${resource}?limit=${limit}&cursor=${res.body.next_cursor}`;
  }
}

async function walkBackward(resource: string, cursor: string | null, limit: number): Promise<number[][]> {
  const pages: number[][] = [];
  let next = cursor;
  while (next) {
    const res = await t.api<ListPage<string, Row>>("GET", `/${resource}?limit=${limit}&cursor=${next}`);
    expect(res.status).toBe(200);
    pages.unshift((res.body[resource] ?? []).map((r) => r.id));
    expect(res.body.next_cursor).not.toBeNull();
    next = res.body.previous_cursor;
  }
  return pages;
}

describe.each(RESOURCES)("GET /%s paging", (resource) => {
  it("a forward walk visits the filtered sorted set exactly once; a backward walk returns the same pages in reverse", async () => {
    const rows = data.get(resource)!;
    const arbitrary = fc.record({
      sort: fc.constantFrom(...sortsOf(resource)),
      order: fc.constantFrom("asc", "desc"),
      limit: fc.integer({ min: 3, max: 80 }),
      filters: fc.uniqueArray(filterArbitrary(resource, rows), { maxLength: 2, selector: (f) => f.param }),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ sort, order, limit, filters }) => {
        const expected = rows
          .filter((r) => filters.every((f) => f.test(r)))
          .sort(compare(sort, order))
          .map((r) => r.id);
        const query = [
          `sort_by=${sort}-${order}`,
          ...filters.map((f) => `${f.param}=${encodeURIComponent(f.value)}`),
        ].join("&");
        const forward = await walkForward(resource, query, limit);
        expect(forward.pages.flat()).toEqual(expected);
        const backward = await walkBackward(resource, forward.lastPrevious, limit);
        expect(backward).toEqual(forward.pages.slice(0, -1));
      }),
      { numRuns: 25 },
    );
  });
});

it("the unfiltered walks saw every customer, subscription and discount the sandbox holds", async () => {
  const summary = await t.control<{ counts: Record<string, number> }>("GET", "/__sandbox");
  expect(data.get("customers")).toHaveLength(summary.body.counts.customers!);
  expect(data.get("subscriptions")).toHaveLength(summary.body.counts.subscriptions!);
  expect(data.get("discounts")).toHaveLength(summary.body.counts.discounts!);
});
