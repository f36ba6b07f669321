import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTableDateRangeFilter } from "./data-table-date-range-filter";
import { DataTableSelectFilter } from "./data-table-select-filter";
import { DataTableTextFilter } from "./data-table-text-filter";

const noop = () => {};

/** The id of the control a visible label names, or undefined. */
function labelledControlId(html: string, label: string): string | undefined {
  const forId = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}</label>`).exec(html)?.[1];
  return forId && html.includes(`id="${forId}"`) ? forId : undefined;
}

function inputTag(html: string, id: string | undefined): string {
  return new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? "";
}

describe("filters", () => {
  it("select filter: a labelled native select with an 'All' choice and the current value selected", () => {
    const html = renderToStaticMarkup(
      h(DataTableSelectFilter<"queued" | "error">, {
        label: "Status",
        value: "error",
        options: [
          { value: "queued", label: "Queued" },
          { value: "error", label: "Error" },
        ],
        onChange: noop,
      }),
    );
    expect(labelledControlId(html, "Status")).toBeDefined();
    expect(html).toContain('<option value="">All</option>');
    expect(html).toContain('<option value="error" selected="">Error</option>');
  });

  it("text filter: a labelled search box showing the applied value", () => {
    const html = renderToStaticMarkup(
      h(DataTableTextFilter, { label: "Email", value: "ada@example.com", onChange: noop }),
    );
    expect(labelledControlId(html, "Email")).toBeDefined();
    expect(html).toMatch(/<input[^>]*type="search"[^>]*value="ada@example.com"/);
  });

  it("date range: two labelled date inputs grouped under a legend, bounded by each other", () => {
    const html = renderToStaticMarkup(
      h(DataTableDateRangeFilter, {
        legend: "Created (UTC)",
        value: { from: "2026-11-01", to: "2026-11-21" },
        onChange: noop,
      }),
    );
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Created \(UTC\)<\/legend>/);
    const from = inputTag(html, labelledControlId(html, "From"));
    const to = inputTag(html, labelledControlId(html, "To"));
    for (const part of ['type="date"', 'value="2026-11-01"', 'max="2026-11-21"'])
      expect(from).toContain(part);
    for (const part of ['type="date"', 'value="2026-11-21"', 'min="2026-11-01"']) expect(to).toContain(part);
    expect(html).not.toContain("aria-invalid");
  });

  it("date range: flags a reversed range on “To”", () => {
    const html = renderToStaticMarkup(
      h(DataTableDateRangeFilter, {
        legend: "Created",
        value: { from: "2026-11-21", to: "2026-11-01" },
        onChange: noop,
      }),
    );
    const errorId = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`<p id="${errorId}"`);
  });
});
