import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CursorPosition } from "./use-cursor-pager";
import { nextLocalPosition, previousLocalPosition, useLocalPosition } from "./use-local-position";

const FIRST = "status=failed&sort_by=id-asc&limit=25";

function renderPosition(firstPageQuery: string): CursorPosition {
  let position: CursorPosition | undefined;
  function Probe() {
    position = useLocalPosition(firstPageQuery, 25);
    return null;
  }
  renderToStaticMarkup(h(Probe));
  if (!position) throw new Error("hook did not render");
  return position;
}

describe("useLocalPosition", () => {
  it("starts on the first page's own query, at row 0, with no page-size select", () => {
    const position = renderPosition(FIRST);
    expect(position.queryString).toBe(FIRST);
    expect(position.firstRowIndex).toBe(0);
    expect(position.setLimit).toBeUndefined();
  });

  it("Next advances by the rows shown", () => {
    const page2 = nextLocalPosition({ firstPage: FIRST, cursor: null, offset: 0 }, "c2", 25);
    expect(page2).toEqual({ firstPage: FIRST, cursor: "c2", offset: 25 });
    expect(nextLocalPosition(page2, "c3", 7)).toEqual({ firstPage: FIRST, cursor: "c3", offset: 32 });
  });

  it("Previous goes back one page size, and to the first page's own query at the start", () => {
    const page3 = { firstPage: FIRST, cursor: "c3", offset: 50 };
    expect(previousLocalPosition(page3, "c2", 25)).toEqual({ firstPage: FIRST, cursor: "c2", offset: 25 });
    const page2 = { firstPage: FIRST, cursor: "c2", offset: 25 };
    expect(previousLocalPosition(page2, "c1", 25)).toEqual({ firstPage: FIRST, cursor: null, offset: 0 });
  });
});
