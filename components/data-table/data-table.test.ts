import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type DataTableProps } from "./data-table";
import { DataTableColumnHeader } from "./data-table-column-header";
import { createDataTableColumnHelper } from "./data-table-features";
import { useDataTable } from "./use-data-table";

interface Charge {
  id: number;
  status: string;
  total_price: string;
}

const column = createDataTableColumnHelper<Charge>();
const columns = column.columns([
  column.accessor("id", {
    header: ({ column: c }) => h(DataTableColumnHeader<Charge, number>, { column: c, title: "ID" }),
    enableSorting: true,
  }),
  column.accessor("status", { header: "Status" }),
  column.accessor("total_price", { header: "Total", meta: { align: "end" } }),
]);

const rows: Charge[] = [
  { id: 101, status: "queued", total_price: "29.20" },
  { id: 102, status: "error", total_price: "15.00" },
];

type HarnessProps = Omit<DataTableProps<Charge>, "table" | "caption" | "pageSize"> & {
  data?: Charge[];
  sortBy?: string | null;
  pageSize?: number;
};

function Harness({ data, sortBy = null, pageSize = 25, ...props }: HarnessProps) {
  const table = useDataTable({
    columns,
    data,
    getRowId: (row) => String(row.id),
    sortBy,
    onSortByChange: () => {},
  });
  return h(DataTable<Charge>, { table, caption: "Charges", pageSize, ...props });
}

const render = (props: HarnessProps): string => renderToStaticMarkup(h(Harness, props));
const count = (html: string, needle: string | RegExp): number => html.split(needle).length - 1;
const bodyOf = (html: string): string => /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? "";

describe("DataTable", () => {
  it("always renders a captioned table with scope=col headers", () => {
    const html = render({ data: rows });
    expect(html).toMatch(/<caption[^>]*class="[^"]*sr-only[^"]*"[^>]*>Charges<\/caption>/);
    expect(count(html, /<th [^>]*scope="col"/)).toBe(3);
    expect(html).toContain(">Status</th>");
    expect(html).toMatch(/<th [^>]*class="[^"]*text-right[^"]*"[^>]*>Total<\/th>/);
  });

  it("loading: as many skeleton rows as the page size, each with every column, and aria-busy", () => {
    const html = render({ isLoading: true, pageSize: 50 });
    expect(count(html, 'data-slot="data-table-skeleton-row"')).toBe(50);
    const firstRow = /<tr[^>]*data-table-skeleton-row[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(count(firstRow, "<td")).toBe(3);
    expect(html).toMatch(/<table[^>]*aria-busy="true"/);
    expect(html).toContain("Loading…");
    expect(html).not.toContain('data-slot="data-table-row"');
  });

  it("skeleton rows use the real rows' cell height so nothing shifts when data arrives", () => {
    const cellClass = (html: string) => /<td[^>]*class="([^"]*)"/.exec(bodyOf(html))?.[1] ?? "";
    const loading = cellClass(render({ isLoading: true }));
    const filled = cellClass(render({ data: rows }));
    expect(loading).toContain("h-11");
    expect(loading).toBe(filled);
  });

  it("empty: the caller's message, and Clear filters only when offered", () => {
    const html = render({ data: [], emptyMessage: "No charges with status “error”." });
    expect(html).toContain('data-testid="data-table-empty"');
    expect(html).toContain("No charges with status “error”.");
    expect(html).not.toContain("Clear filters");
    expect(render({ data: [], onClearFilters: () => {} })).toContain(">Clear filters</button>");
  });

  it("error: the server's message and Retry, never an empty table, even with stale rows", () => {
    const error = { message: "Recharge is rate limiting us; try again in a minute.", onRetry: () => {} };
    const html = render({ data: rows, error });
    expect(html).toContain('data-testid="data-table-error"');
    expect(html).toContain("Recharge is rate limiting us; try again in a minute.");
    expect(html).toMatch(/<button[^>]*>.*Retry<\/button>/);
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('data-slot="data-table-row"');
    expect(html).not.toContain("data-table-empty");
    expect(render({ error: { ...error, isRetrying: true } })).toMatch(
      /aria-disabled="true"[^>]*>.*Retrying…/,
    );
  });

  it("filled: one focusable row per record with its cells, not busy", () => {
    const html = render({ data: rows, onRowOpen: () => {} });
    expect(count(html, 'data-slot="data-table-row"')).toBe(2);
    expect(count(html, /<tr [^>]*tabindex="0"/)).toBe(2);
    expect(count(bodyOf(html), "<td")).toBe(6);
    expect(html).toContain(">29.20</td>");
    expect(html).not.toContain("aria-busy");
  });

  it("rows are not focusable when they cannot be opened; the scroll area is, so a keyboard can scroll", () => {
    const html = render({ data: rows });
    expect(html).not.toMatch(/<tr[^>]*tabindex/);
    expect(html).toMatch(/<div[^>]*tabindex="0"[^>]*role="region"[^>]*aria-label="[^"]+"/);
    expect(count(html, "tabindex")).toBe(1);
  });

  it("placeholder rows (next page loading) are kept, dimmed, and the table is aria-busy", () => {
    const html = render({ data: rows, isPlaceholderData: true });
    expect(count(html, 'data-slot="data-table-row"')).toBe(2);
    expect(html).toMatch(/<table[^>]*aria-busy="true"/);
    expect(html).toMatch(/<tbody[^>]*class="[^"]*opacity-60/);
  });

  it("marks the sorted column with aria-sort and offers a sort button only where sorting is enabled", () => {
    const html = render({ data: rows, sortBy: "id-desc" });
    expect(html).toMatch(/<th [^>]*aria-sort="descending"[^>]*><button[^>]*>ID/);
    expect(count(html, "aria-sort")).toBe(1);
    expect(count(html, "<button")).toBe(1);
  });

  it("aria-sort states the server's order even on a column the user cannot re-sort", () => {
    const html = render({ data: rows, sortBy: "status-asc" });
    expect(html).toMatch(/<th [^>]*aria-sort="ascending"[^>]*>Status<\/th>/);
  });

  it("renders the toolbar and footer slots around the table", () => {
    const slot = (text: string): ReactNode => h("div", { "data-testid": text }, text);
    const html = render({ data: rows, toolbar: slot("toolbar"), footer: slot("footer") });
    expect(html.indexOf('data-testid="toolbar"')).toBeLessThan(html.indexOf("<table"));
    expect(html.indexOf('data-testid="footer"')).toBeGreaterThan(html.indexOf("</table>"));
  });
});
