import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UnreadableRecordsNote, unreadableRecordsText } from "./unreadable-records-note";

describe("UnreadableRecordsNote", () => {
  it("says how many records could not be read, with the request id to quote", () => {
    expect(unreadableRecordsText({ count: 1, requestId: "req_abc" })).toBe(
      "1 record could not be read (request id req_abc)",
    );
    expect(unreadableRecordsText({ count: 3, requestId: "req_abc" })).toBe(
      "3 records could not be read (request id req_abc)",
    );
    expect(unreadableRecordsText({ count: 2, requestId: null })).toBe(
      "2 records could not be read (no request id)",
    );
  });

  it("is a status note with a test id, and renders nothing when every record was read", () => {
    const html = renderToStaticMarkup(
      h(UnreadableRecordsNote, { unreadable: { count: 1, requestId: "r1" } }),
    );
    expect(html).toMatch(/^<p role="status" data-testid="unreadable-records"/);
    expect(html).toContain("1 record could not be read (request id r1)");
    expect(renderToStaticMarkup(h(UnreadableRecordsNote, { unreadable: null }))).toBe("");
    expect(renderToStaticMarkup(h(UnreadableRecordsNote, { unreadable: { count: 0, requestId: "r" } }))).toBe(
      "",
    );
  });
});
