import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateCell } from "./date-cell";

const render = (props: Parameters<typeof DateCell>[0]) => renderToStaticMarkup(h(DateCell, props));

describe("DateCell (server render)", () => {
  it("renders a deterministic UTC time labelled UTC, with the exact value on hover", () => {
    expect(render({ value: "2026-11-20T23:35:12-05:00" })).toBe(
      '<time dateTime="2026-11-21T04:35:12.000Z" title="2026-11-21 04:35:12 UTC">Nov 21, 2026, 4:35 AM UTC</time>',
    );
  });

  it("renders calendar dates as that day, whatever the zone", () => {
    expect(render({ value: "2026-11-21", variant: "date" })).toBe(
      '<time dateTime="2026-11-21" title="2026-11-21">Nov 21, 2026</time>',
    );
  });

  it("shows a dash for a missing value and the raw text for an unreadable one", () => {
    expect(render({ value: null })).toBe("<span>—</span>");
    expect(render({ value: "not a date" })).toBe("<span>not a date</span>");
  });
});
