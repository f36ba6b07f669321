// Paging stays stable while records change between calls: every record that existed at the start and
// kept its sort key and filter membership is visited exactly once, in both directions; records created
// mid-walk show up only if they sort after the cursor (the README's choice).
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Discount } from "./store/admin-types";
import type { Charge } from "./store/charge-types";
import { listAll, startTestSandbox, type ListPage, type TestSandbox } from "./test-support";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.15 });
});
afterAll(() => t.close());

type Row = { id: number } & Record<string, unknown>;
let created = 0;

async function walk<T extends Row>(
  resource: string,
  query: string,
  limit: number,
  direction: "next" | "prev",
  between: () => Promise<void>,
) {
  const seen: T[] = [];
  let path = `/${resource}?limit=${limit}&${query}`;
  // A backward walk starts from the last page of a forward walk.
  if (direction === "prev") {
    for (;;) {
      const page = await t.api<ListPage<string, T>>("GET", path);
      if (!page.body.next_cursor) {
        seen.push(...(page.body[resource] ?? []));
        if (!page.body.previous_cursor) return seen;
        path = `/${resource}?limit=${limit}&cursor=${page.body.previous_cursor}`;
        break;
      }
      path = `/${resource}?limit=${limit}&cursor=${page.body.next_cursor}`;
    }
  }
  for (;;) {
    const page = await t.api<ListPage<string, T>>("GET", path);
    expect(page.status).toBe(200);
    seen.push(...(page.body[resource] ?? []));
    await between();
    const cursor = direction === "next" ? page.body.next_cursor : page.body.previous_cursor;
    if (!cursor) return seen;
    path = `/${resource}?limit=${limit}&cursor=${cursor}`;
  }
}

function assertStable<T extends Row>(
  before: T[],
  after: T[],
  seen: T[],
  key: string,
  matches: (row: T) => boolean,
) {
  const afterById = new Map(after.map((row) => [row.id, row]));
  const counts = new Map<number, number>();
  for (const row of seen) counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
  for (const row of before) {
    const now = afterById.get(row.id);
    const stable = now !== undefined && matches(row) && matches(now) && now[key] === row[key];
    if (stable) expect(counts.get(row.id), `record ${row.id}`).toBe(1);
  }
}

it("discount walks visit every stable record once while discounts are created and updated between pages", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("id", "created_at", "updated_at"),
      fc.constantFrom("asc", "desc"),
      fc.constantFrom<"next" | "prev">("next", "prev"),
      fc.integer({ min: 4, max: 12 }),
      fc.infiniteStream(fc.nat()),
      async (sort, order, direction, limit, picks) => {
        const before = await listAll<Discount & Row>(t, "discounts");
        const made: number[] = [];
        const between = async () => {
          const code = `MIDWALK${++created}`;
          const res = await t.api<{ discount: Discount }>("POST", "/discounts", {
            body: { code, value: "5", value_type: "percentage" },
          });
          made.push(res.body.discount.id);
          const victim = before[picks.next().value % before.length]!;
          await t.api("PUT", `/discounts/${victim.id}`, { body: { value: String((created % 90) + 1) } });
        };
        const seen = await walk<Discount & Row>(
          "discounts",
          `sort_by=${sort}-${order}`,
          limit,
          direction,
          between,
        );
        const after = await listAll<Discount & Row>(t, "discounts");
        assertStable(before, after, seen, sort, () => true);
        const seenIds = new Set(seen.map((row) => row.id));
        const fresh = after.filter((row) => !before.some((old) => old.id === row.id));
        // New ids are the highest: an id-asc forward walk reaches the ones made before its end.
        if (sort === "id" && order === "desc" && direction === "next")
          expect(fresh.some((row) => seenIds.has(row.id))).toBe(false);
        for (const id of made) await t.api("DELETE", `/discounts/${id}`);
      },
    ),
    { numRuns: 15 },
  );
});

it("charge walks visit every stable charge once while charges are skipped and processed between pages", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("id", "updated_at", "scheduled_at"),
      fc.constantFrom("asc", "desc"),
      fc.constantFrom<"next" | "prev">("next", "prev"),
      fc.integer({ min: 25, max: 80 }),
      async (sort, order, direction, limit) => {
        const query = `sort_by=${sort}-${order}&status=queued,skipped,success`;
        const statuses = new Set(["queued", "skipped", "success"]);
        const before = await listAll<Charge & Row>(t, "charges", query);
        const queued = before.filter((c) => c.status === "queued");
        let turn = 0;
        const between = async () => {
          const target = queued[(turn * 7) % queued.length]!;
          await t.api("POST", `/charges/${target.id}/${turn++ % 2 === 0 ? "skip" : "process"}`, { body: {} });
        };
        const seen = await walk<Charge & Row>("charges", query, limit, direction, between);
        const after = await listAll<Charge & Row>(t, "charges", query);
        assertStable(before, after, seen, sort, (row) => statuses.has(row.status));
      },
    ),
    { numRuns: 8 },
  );
});
