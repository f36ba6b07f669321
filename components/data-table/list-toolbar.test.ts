import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { defineListUrlState } from "@/lib/list-url/list-url-state";
import { isoDay, matching, oneOf, text } from "@/lib/list-url/url-values";
import { ListToolbar } from "./list-toolbar";
import { defineListToolbar, type ListToolbarConfig } from "./list-toolbar-config";

const day = isoDay();
const orders = defineListUrlState({
  filters: {
    ids: matching(/\d{1,15}/),
    status: oneOf(["open", "closed"]),
    code: text(),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: [],
});
type Filters = (typeof orders)["filters"];

const fields = defineListToolbar(orders, {
  fields: [
    { kind: "id", key: "ids", label: "Find order", hint: "Exact order id" },
    {
      kind: "select",
      key: "status",
      label: "Status",
      options: [
        { value: "open", label: "Open" },
        { value: "closed", label: "Closed" },
      ],
    },
    { kind: "text", key: "code", label: "Code", placeholder: "e.g. SAVE20", className: "w-52" },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
  ],
});

const none = { ids: null, status: null, code: null, created_at_min: null, created_at_max: null };
const render = (config: ListToolbarConfig<Filters>, filters = {}) =>
  renderToStaticMarkup(
    h(ListToolbar<Filters>, { config, filters: { ...none, ...filters }, onChange: () => {} }),
  );

describe("ListToolbar", () => {
  it("draws each configured filter, labelled, in order, showing the applied values", () => {
    const html = render(fields, { ids: "42", status: "closed", code: "SAVE", created_at_min: "2026-01-02" });
    const labels = [...html.matchAll(/<(?:label|legend)[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(labels).toEqual(["Find order", "Status", "Code", "Created (UTC)", "From", "To"]);
    expect(html).toContain('value="42"');
    expect(html).toContain("Exact order id");
    expect(html).toContain('<option value="closed" selected="">Closed</option>');
    expect(html).toContain('placeholder="e.g. SAVE20"');
    expect(html).toContain('value="2026-01-02"');
  });

  it("leaves room under the row for id hints only when there is an id filter", () => {
    expect(render(fields)).toMatch(/^<div class="[^"]*pb-5/);
    const withoutIds = { fields: fields.fields.filter((field) => field.kind !== "id") };
    expect(render(withoutIds)).toMatch(/^<div class="flex flex-wrap items-end gap-3">/);
    expect(render({ ...fields, className: "my-row" })).toMatch(/^<div class="my-row">/);
  });

  it("a custom control gets the filters and the setter", () => {
    const html = render(
      { fields: [{ kind: "custom", id: "both", render: (filters) => h("output", null, filters.code) }] },
      { code: "SAVE" },
    );
    expect(html).toContain("<output>SAVE</output>");
  });
});
