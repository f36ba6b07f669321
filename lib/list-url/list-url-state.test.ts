import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  clearFiltersPatch,
  filtersPatch,
  limitPatch,
  nextPagePatch,
  previousPagePatch,
  sortByPatch,
} from "./list-url-patches";
import {
  defineListUrlState,
  exportQueryString,
  firstRowIndex,
  hasActiveFilters,
  loadListUrlState,
  toListQueryString,
} from "./list-url-state";

const charges = defineListUrlState({
  filters: {
    status: z.enum(["queued", "success", "error"]),
    discount_code: z.string().min(1),
    scheduled_at_min: z.iso.date(),
  },
  sortFields: ["id", "created_at", "scheduled_at"],
});
function load(query: string) {
  return loadListUrlState(charges, new URLSearchParams(query));
}

/** What nuqs does with a patch: null deletes the key, anything else sets it. */
function applyPatch(query: string, patch: Record<string, unknown>): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) params.delete(key);
    else params.set(key, String(value));
  }
  return params.toString();
}

describe("list URL parsing", () => {
  it("defaults to the first page of 50 with no filters", () => {
    expect(load("")).toEqual({
      cursor: null,
      limit: 50,
      sortBy: null,
      offset: null,
      filters: { status: null, discount_code: null, scheduled_at_min: null },
    });
  });

  it("accepts only the page sizes 25, 50, 100 and 250", () => {
    expect(load("limit=25").limit).toBe(25);
    expect(load("limit=250").limit).toBe(250);
    for (const bad of ["33", "0", "251", "1000", "-50", "abc"]) expect(load(`limit=${bad}`).limit).toBe(50);
  });

  it("drops filter values their zod schema refuses", () => {
    const state = load("status=exploded&discount_code=&scheduled_at_min=2026-02-30");
    expect(state.filters).toEqual({ status: null, discount_code: null, scheduled_at_min: null });
    expect(load("status=error&scheduled_at_min=2026-11-21").filters).toMatchObject({
      status: "error",
      scheduled_at_min: "2026-11-21",
    });
  });

  it("accepts sort_by only for the declared fields and directions", () => {
    expect(load("sort_by=created_at-desc").sortBy).toBe("created_at-desc");
    expect(load("sort_by=updated_at-desc").sortBy).toBeNull();
    expect(load("sort_by=created_at-up").sortBy).toBeNull();
  });

  it("reads the offset hint as a non-negative integer only", () => {
    expect(load("cursor=abc&offset=100").offset).toBe(100);
    expect(load("cursor=abc&offset=-5").offset).toBeNull();
    expect(load("cursor=abc&offset=1.5").offset).toBeNull();
  });

  it("refuses a filter named like a paging key", () => {
    // @ts-expect-error -- the type forbids it too
    expect(() => defineListUrlState({ filters: { cursor: z.string() }, sortFields: [] })).toThrow(
      /paging key/,
    );
  });
});

describe("toListQueryString", () => {
  it("sends ONLY cursor and limit when a cursor is set, whatever else the URL holds", () => {
    const state = load("cursor=eyJyIjoiY2hhcmdlcyJ9&limit=100&status=error&sort_by=id-asc&offset=100");
    expect(toListQueryString(state)).toBe("cursor=eyJyIjoiY2hhcmdlcyJ9&limit=100");
  });

  it("sends filters (sorted by name), sort_by and limit on a first page", () => {
    const state = load("status=error&discount_code=SAVE10&sort_by=created_at-desc");
    expect(toListQueryString(state)).toBe(
      "discount_code=SAVE10&status=error&sort_by=created_at-desc&limit=50",
    );
  });

  it("always sends limit, and nothing for unset filters", () => {
    expect(toListQueryString(load(""))).toBe("limit=50");
  });

  it("encodes filter values", () => {
    expect(toListQueryString(load("discount_code=A%26B%3DC"))).toBe("discount_code=A%26B%3DC&limit=50");
  });

  it("adds a scope's filters over the URL's, and its sort when the URL names none", () => {
    const scope = { filters: { customer_id: "7", status: "queued" }, sortBy: "scheduled_at-asc" };
    expect(toListQueryString(load("status=error"), scope)).toBe(
      "customer_id=7&status=queued&sort_by=scheduled_at-asc&limit=50",
    );
    expect(toListQueryString(load("sort_by=id-desc"), scope)).toBe(
      "customer_id=7&status=queued&sort_by=id-desc&limit=50",
    );
    expect(toListQueryString(load("cursor=c2"), scope)).toBe("cursor=c2&limit=50");
  });
});

describe("exportQueryString", () => {
  it("exports the filters and sort of the view, from any page, without paging", () => {
    const state = load("cursor=c3&limit=100&status=error&sort_by=id-asc&offset=200");
    expect(exportQueryString(state)).toBe("status=error&sort_by=id-asc");
    expect(exportQueryString(load(""))).toBe("");
    expect(exportQueryString(load("status=error"), { filters: { customer_id: "7" } })).toBe(
      "customer_id=7&status=error",
    );
  });
});

describe("list URL updates", () => {
  const onPage3 = load("cursor=c3&offset=100&status=error&sort_by=id-desc");

  it("a filter change clears the cursor and the offset", () => {
    expect(filtersPatch({ status: "queued" })).toEqual({ status: "queued", cursor: null, offset: null });
  });

  it("after a filter change the next request sends the filters, not the old cursor", () => {
    const url = applyPatch(
      "cursor=c3&offset=100&status=error&sort_by=id-desc",
      filtersPatch({ status: "queued" }),
    );
    expect(url).toBe("status=queued&sort_by=id-desc");
    expect(toListQueryString(load(url))).toBe("status=queued&sort_by=id-desc&limit=50");
  });

  it("clearing filters nulls every filter and restarts paging", () => {
    expect(clearFiltersPatch(charges.filterKeys)).toEqual({
      status: null,
      discount_code: null,
      scheduled_at_min: null,
      cursor: null,
      offset: null,
    });
  });

  it("sort and page-size changes restart paging", () => {
    expect(sortByPatch("created_at-asc")).toEqual({ sort_by: "created_at-asc", cursor: null, offset: null });
    expect(limitPatch(100)).toEqual({ limit: 100, cursor: null, offset: null });
  });

  it("Next advances the offset by the rows shown; Previous goes back one page size", () => {
    expect(nextPagePatch(load(""), "c2", 50)).toEqual({ cursor: "c2", offset: 50 });
    expect(nextPagePatch(onPage3, "c4", 50)).toEqual({ cursor: "c4", offset: 150 });
    expect(previousPagePatch(onPage3, "c2")).toEqual({ cursor: "c2", offset: 50 });
    expect(previousPagePatch(load("cursor=c2&offset=20"), "c1")).toEqual({ cursor: "c1", offset: 0 });
  });

  it("keeps an unknown position unknown instead of guessing", () => {
    const sharedLink = load("cursor=c7");
    expect(firstRowIndex(sharedLink)).toBeNull();
    expect(nextPagePatch(sharedLink, "c8", 50)).toEqual({ cursor: "c8", offset: null });
    expect(firstRowIndex(load(""))).toBe(0);
  });

  it("knows when filters are active", () => {
    expect(hasActiveFilters(load(""))).toBe(false);
    expect(hasActiveFilters(load("status=error"))).toBe(true);
  });
});
