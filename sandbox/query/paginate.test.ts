import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePosition } from "../store/table";
import { paginate, paginateMany, type Page, type Position } from "./paginate";

type Row = { id: number; key: number };
const rowsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 120 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, keys]) =>
    ids
      .map((id, i): Row => ({ id, key: keys[i] as number }))
      .sort((a, b) => comparePosition(a.key, a.id, b.key, b.id)),
  );

describe("paginate", () => {
  it("walks forward over the filtered rows once in list order, and back through the same pages", () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.constantFrom<"asc" | "desc">("asc", "desc"),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, order, limit, modulo) => {
          const test = (row: Row) => row.id % modulo === 0;
          const expected = rows.filter(test).map((r) => r.id);
          if (order === "desc") expected.reverse();
          const page = (position: Position | null) =>
            paginate({ rows, key: (r) => r.key, test, order, position, limit });
          const forward: Row[][] = [];
          let current = page(null);
          expect(current.hasBefore).toBe(false);
          forward.push(current.rows);
          while (current.hasAfter) {
            const last = current.rows[current.rows.length - 1] as Row;
            current = page({ value: last.key, id: last.id, direction: "next" });
            expect(current.hasBefore).toBe(true);
            forward.push(current.rows);
          }
          expect(forward.flat().map((r) => r.id)).toEqual(expected);
          const backward: Row[][] = [];
          while (current.hasBefore) {
            const first = current.rows[0] as Row;
            current = page({ value: first.key, id: first.id, direction: "prev" });
            expect(current.hasAfter).toBe(true);
            backward.unshift(current.rows);
          }
          expect(backward).toEqual(forward.slice(0, -1));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("paging over partitions gives exactly the pages of paging over their union", () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.constantFrom<"asc" | "desc">("asc", "desc"),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, order, limit, parts) => {
          const partitions = Array.from({ length: parts }, (_, p) =>
            rows.filter((row) => row.id % parts === p),
          );
          const query = { key: (r: Row) => r.key, test: () => true, order, limit };
          let position: Position | null = null;
          for (;;) {
            const whole: Page<Row> = paginate({ ...query, rows, position });
            expect(paginateMany({ ...query, position }, partitions)).toEqual(whole);
            const last: Row | undefined = whole.rows[whole.rows.length - 1];
            if (!whole.hasAfter || !last) break;
            position = { value: last.key, id: last.id, direction: "next" };
          }
          for (;;) {
            const whole: Page<Row> = paginate({ ...query, rows, position });
            expect(paginateMany({ ...query, position }, partitions)).toEqual(whole);
            const first: Row | undefined = whole.rows[0];
            if (!whole.hasBefore || !first) break;
            position = { value: first.key, id: first.id, direction: "prev" };
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("starts strictly after a cursor whose row is gone", () => {
    const rows: Row[] = [1, 2, 4, 5].map((id) => ({ id, key: 0 }));
    const page = paginate({
      rows,
      key: (r) => r.key,
      test: () => true,
      order: "asc",
      position: { value: 0, id: 3, direction: "next" },
      limit: 10,
    });
    expect(page.rows.map((r) => r.id)).toEqual([4, 5]);
    expect(page.hasBefore).toBe(true);
  });
});
