import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SEARCH_HELP,
  SEARCH_INVALID,
  customersEmptyMessage,
  parseCustomerSearch,
  searchFilters,
  searchHint,
  searchText,
} from "./customer-search";

const noFilters = { email: null, ids: null, created_at_min: null, created_at_max: null };

describe("parseCustomerSearch", () => {
  it.each([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    [" owen.cooper@yahoo.com ", { kind: "email", email: "owen.cooper@yahoo.com" }],
    ["x@y", { kind: "email", email: "x@y" }],
    ["93415041", { kind: "id", id: "93415041" }],
    ["#93415041", { kind: "id", id: "93415041" }],
    ["owen", { kind: "invalid" }],
    ["934 15041", { kind: "invalid" }],
    ["12a", { kind: "invalid" }],
    ["a@", { kind: "invalid" }],
    ["1234567890123456", { kind: "invalid" }],
  ])("%j → %j", (text, expected) => {
    expect(parseCustomerSearch(text)).toEqual(expected);
  });

  it("an email search clears the id filter and an id search clears the email filter", () => {
    expect(searchFilters(parseCustomerSearch("a@b.co"))).toEqual({ email: "a@b.co", ids: null });
    expect(searchFilters(parseCustomerSearch("42"))).toEqual({ email: null, ids: "42" });
    expect(searchFilters(parseCustomerSearch(""))).toEqual({ email: null, ids: null });
  });

  it("the box shows back exactly what it searched", () => {
    const searchable = fc.oneof(
      fc.emailAddress().map((email) => ` ${email} `),
      fc.stringMatching(/^#?\d{1,15}$/),
    );
    fc.assert(
      fc.property(searchable, (text) => {
        const filters = searchFilters(parseCustomerSearch(text));
        expect(searchFilters(parseCustomerSearch(searchText(filters)))).toEqual(filters);
      }),
    );
  });
});

describe("searchHint", () => {
  it("says which filter the list shows, or why the text was not searched", () => {
    expect(searchHint({ email: "a@b.co", ids: null }, true)).toBe("Searched by email (exact match).");
    expect(searchHint({ email: null, ids: "42" }, true)).toBe("Searched by customer id.");
    expect(searchHint({ email: null, ids: null }, true)).toBe(SEARCH_HELP);
    expect(searchHint({ email: "a@b.co", ids: null }, false)).toBe(SEARCH_INVALID);
  });
});

describe("customersEmptyMessage", () => {
  it("names the filters that matched nothing", () => {
    expect(customersEmptyMessage(noFilters)).toBe("There are no customers yet.");
    expect(customersEmptyMessage({ ...noFilters, email: "nobody@example.com" })).toBe(
      "No customers with email “nobody@example.com”.",
    );
    expect(customersEmptyMessage({ ...noFilters, ids: "1" })).toBe("No customers with id 1.");
    expect(
      customersEmptyMessage({ ...noFilters, created_at_min: "2026-01-01", created_at_max: "2026-01-31" }),
    ).toBe("No customers created between Jan 1, 2026 and Jan 31, 2026.");
    expect(customersEmptyMessage({ ...noFilters, created_at_min: "2026-01-01" })).toBe(
      "No customers created on or after Jan 1, 2026.",
    );
    expect(customersEmptyMessage({ ...noFilters, email: "a@b.co", created_at_max: "2026-01-31" })).toBe(
      "No customers with email “a@b.co” and created on or before Jan 31, 2026.",
    );
  });
});
