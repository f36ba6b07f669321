import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineListUrlState } from "@/lib/list-url/list-url-state";
import { oneOf } from "@/lib/list-url/url-values";
import { useListUrlState, type ListUrlStateApi } from "./use-list-url-state";

const charges = defineListUrlState({
  filters: { status: z.enum(["queued", "error"]), email: z.string().min(1) },
  sortFields: ["id", "created_at"],
});
type Api = ListUrlStateApi<(typeof charges)["filters"]>;

/** Renders the hook once under nuqs's testing adapter; returns its API and the URL updates it makes. */
function renderHook(searchParams: string) {
  const updates: UrlUpdateEvent[] = [];
  let api: Api | undefined;
  function Probe() {
    api = useListUrlState(charges);
    return null;
  }
  renderToStaticMarkup(
    h(NuqsTestingAdapter, {
      searchParams,
      onUrlUpdate: (event) => void updates.push(event),
      children: h(Probe),
    }),
  );
  if (!api) throw new Error("hook did not render");
  return { api, updates };
}

async function lastUpdate(updates: UrlUpdateEvent[]) {
  await vi.waitFor(() => expect(updates.length).toBeGreaterThan(0));
  return updates.at(-1) as UrlUpdateEvent;
}

describe("useListUrlState", () => {
  it("reads the URL into state, position and query string", () => {
    const { api } = renderHook("?cursor=c3&offset=100&status=error&limit=100");
    expect(api.state.filters).toEqual({ status: "error", email: null });
    expect(api.firstRowIndex).toBe(100);
    expect(api.hasActiveFilters).toBe(true);
    expect(api.queryString).toBe("cursor=c3&limit=100");
  });

  it("a filter change drops cursor and offset and replaces the history entry", async () => {
    const { api, updates } = renderHook("?cursor=c3&offset=100&status=error");
    api.setFilters({ email: "ada@example.com" });
    const update = await lastUpdate(updates);
    expect(Object.fromEntries(update.searchParams)).toEqual({ status: "error", email: "ada@example.com" });
    expect(update.options.history).toBe("replace");
  });

  it("Next pushes a history entry with the new cursor and offset", async () => {
    const { api, updates } = renderHook("?status=error");
    api.goToNextPage("c2", 50);
    const update = await lastUpdate(updates);
    expect(update.searchParams.get("cursor")).toBe("c2");
    expect(update.searchParams.get("offset")).toBe("50");
    expect(update.searchParams.get("status")).toBe("error");
    expect(update.options.history).toBe("push");
  });

  it("a list sharing its page keeps its keys under its prefix, with its own default size", async () => {
    const history = defineListUrlState({
      filters: { status: oneOf(["queued", "error"]) },
      sortFields: [],
      defaultLimit: 25,
      keyPrefix: "history_",
    });
    const updates: UrlUpdateEvent[] = [];
    let api: ListUrlStateApi<(typeof history)["filters"]> | undefined;
    function Probe() {
      api = useListUrlState(history, { scope: { filters: { customer_id: "7" } } });
      return null;
    }
    renderToStaticMarkup(
      h(NuqsTestingAdapter, {
        searchParams: "?history_status=error&history_cursor=c3&history_offset=25&status=queued&cursor=x",
        onUrlUpdate: (event) => void updates.push(event),
        children: h(Probe),
      }),
    );
    if (!api) throw new Error("hook did not render");
    expect(api.state.filters).toEqual({ status: "error" });
    expect(api.queryString).toBe("cursor=c3&limit=25");
    api.setFilters({ status: "queued" });
    const update = await lastUpdate(updates);
    expect(Object.fromEntries(update.searchParams)).toEqual({
      history_status: "queued",
      status: "queued",
      cursor: "x",
    });
  });

  it("a page-size change restarts paging; the default size leaves the URL", async () => {
    const { api, updates } = renderHook("?cursor=c3&offset=100&limit=100");
    api.setLimit(50);
    expect((await lastUpdate(updates)).queryString).toBe("");
  });
});
