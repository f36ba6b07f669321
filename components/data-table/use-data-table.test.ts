import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createDataTableColumnHelper, type DataTableInstance } from "./data-table-features";
import { sortByToSorting, sortByValues, sortingToSortBy } from "@/lib/list-url/sort-by";
import { useDataTable } from "./use-data-table";

interface Row {
  id: number;
  status: string;
}

const column = createDataTableColumnHelper<Row>();
const columns = column.columns([
  column.accessor("id", { header: "ID", enableSorting: true }),
  column.accessor("status", { header: "Status" }),
]);

/** Renders a table once on the server and hands the instance to `inspect`. */
function withTable(
  sortBy: string | null,
  onSortByChange: ((s: string | null) => void) | undefined,
  inspect: (t: DataTableInstance<Row>) => void,
) {
  function Probe() {
    const table = useDataTable({
      columns,
      data: [{ id: 1, status: "queued" }],
      getRowId: (r) => String(r.id),
      sortBy,
      onSortByChange,
    });
    inspect(table);
    return null;
  }
  renderToStaticMarkup(h(Probe));
}

describe("sort_by ↔ table sorting", () => {
  it("converts both ways and ignores malformed values", () => {
    expect(sortByToSorting("created_at-desc")).toEqual([{ id: "created_at", desc: true }]);
    expect(sortByToSorting("id-asc")).toEqual([{ id: "id", desc: false }]);
    expect(sortByToSorting("id")).toEqual([]);
    expect(sortByToSorting(null)).toEqual([]);
    expect(sortingToSortBy([{ id: "scheduled_at", desc: false }])).toBe("scheduled_at-asc");
    expect(sortingToSortBy([])).toBeNull();
    expect(sortByValues(["id", "created_at"])).toEqual([
      "id-asc",
      "id-desc",
      "created_at-asc",
      "created_at-desc",
    ]);
  });
});

describe("useDataTable", () => {
  it("lets only opted-in columns sort, and none without a sort handler", () => {
    withTable(
      null,
      () => {},
      (table) => {
        expect(table.getColumn("id")?.getCanSort()).toBe(true);
        expect(table.getColumn("status")?.getCanSort()).toBe(false);
      },
    );
    withTable(null, undefined, (table) => expect(table.getColumn("id")?.getCanSort()).toBe(false));
  });

  it("cycles a header newest-first → ascending → server default, as sort_by values", () => {
    const steps: Array<[string | null, string | null]> = [
      [null, "id-desc"],
      ["id-desc", "id-asc"],
      ["id-asc", null],
    ];
    for (const [current, expected] of steps) {
      const onSortByChange = vi.fn();
      withTable(current, onSortByChange, (table) => table.getColumn("id")?.toggleSorting());
      expect(onSortByChange).toHaveBeenCalledExactlyOnceWith(expected);
    }
  });

  it("keeps the server's row order (manual sorting)", () => {
    const data = [
      { id: 1, status: "b" },
      { id: 3, status: "a" },
      { id: 2, status: "c" },
    ];
    function Probe() {
      const table = useDataTable({
        columns,
        data,
        getRowId: (r) => String(r.id),
        sortBy: "id-desc",
        onSortByChange: () => {},
      });
      expect(table.getRowModel().rows.map((row) => row.id)).toEqual(["1", "3", "2"]);
      return null;
    }
    renderToStaticMarkup(h(Probe));
  });
});
