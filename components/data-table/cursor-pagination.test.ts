import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CursorPagination, positionHint, type CursorPaginationProps } from "./cursor-pagination";

const base: CursorPaginationProps = {
  firstRowIndex: 50,
  rowCount: 50,
  hasPreviousPage: true,
  hasNextPage: true,
  onPreviousPage: () => {},
  onNextPage: () => {},
  pageSize: 50,
  onPageSizeChange: () => {},
};

const render = (props: Partial<CursorPaginationProps> = {}) =>
  renderToStaticMarkup(h(CursorPagination, { ...base, ...props }));
const button = (html: string, name: string) =>
  new RegExp(`<button[^>]*aria-label="${name}"[^>]*>`).exec(html)?.[0] ?? "";

describe("positionHint", () => {
  it("names the rows on the page, never a total", () => {
    expect(positionHint(0, 50)).toBe("Rows 1–50");
    expect(positionHint(50, 50)).toBe("Rows 51–100");
    expect(positionHint(100, 7)).toBe("Rows 101–107");
  });

  it("falls back to a count when the position is unknown, and to nothing without rows", () => {
    expect(positionHint(null, 50)).toBe("50 rows");
    expect(positionHint(null, 1)).toBe("1 row");
    expect(positionHint(0, 0)).toBe("");
  });
});

describe("CursorPagination", () => {
  it("has named Previous/Next buttons and a position hint without page numbers", () => {
    const html = render();
    expect(button(html, "Previous page")).not.toBe("");
    expect(button(html, "Next page")).not.toBe("");
    expect(html).toContain("Rows 51–100");
    expect(html).not.toMatch(/Page \d+ of/);
    expect(html).toMatch(/<p aria-live="polite"[^>]*>Rows 51–100<\/p>/);
  });

  it("enables both buttons in the middle of the list", () => {
    const html = render();
    for (const name of ["Previous page", "Next page"]) {
      expect(button(html, name)).not.toContain('disabled=""');
      expect(button(html, name)).not.toContain("aria-disabled=");
    }
  });

  it("disables Previous on the first page and Next at the end", () => {
    expect(button(render({ hasPreviousPage: false }), "Previous page")).toContain('disabled=""');
    expect(button(render({ hasNextPage: false }), "Next page")).toContain('disabled=""');
  });

  it("holds both buttons while the next page is a placeholder, keeping them focusable", () => {
    const html = render({ isPlaceholderData: true });
    for (const name of ["Previous page", "Next page"]) {
      expect(button(html, name)).toContain('aria-disabled="true"');
      expect(button(html, name)).not.toContain('disabled=""');
    }
  });

  it("offers 25/50/100/250 rows per page in a labelled select showing the current size", () => {
    const html = render({ pageSize: 100 });
    const id = /<select[^>]*id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>Rows per page</label>`));
    expect([...html.matchAll(/<option value="(\d+)"/g)].map((m) => m[1])).toEqual(["25", "50", "100", "250"]);
    expect(html).toMatch(/<option value="100" selected="">/);
  });
});
