import { QueryClient, QueryClientProvider, queryOptions } from "@tanstack/react-query";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { customerSectionUrls, sectionScope } from "@/lib/list-url/customer-detail-url";
import type { ListPage } from "@/lib/queries/list-page";
import { useCursorPager, type CursorPager, type CursorPosition } from "./use-cursor-pager";
import { useListUrlState } from "./use-list-url-state";

type Row = { id: number };

const pageQuery = (queryString: string) =>
  queryOptions({
    queryKey: ["rows", "list", queryString] as const,
    queryFn: (): Promise<ListPage<Row>> => new Promise(() => {}),
  });

/** A query client holding one page, as the server prefetch leaves it. */
function cached(queryString: string, page: ListPage<Row>) {
  const client = new QueryClient();
  client.setQueryData(pageQuery(queryString).queryKey, page);
  return client;
}

function renderPager(client: QueryClient, position: CursorPosition): CursorPager<Row> {
  let pager: CursorPager<Row> | undefined;
  function Probe() {
    pager = useCursorPager(position, pageQuery);
    return null;
  }
  renderToStaticMarkup(h(QueryClientProvider, { client }, h(Probe)));
  if (!pager) throw new Error("hook did not render");
  return pager;
}

const position = (fields: Partial<CursorPosition> = {}): CursorPosition => ({
  queryString: "cursor=c2&limit=25",
  limit: 25,
  firstRowIndex: 25,
  pageKey: "c2",
  goToNextPage: vi.fn(),
  goToPreviousPage: vi.fn(),
  ...fields,
});

const page: ListPage<Row> = { data: [{ id: 1 }, { id: 2 }], nextCursor: "c3", previousCursor: "c1" };

describe("useCursorPager", () => {
  it("shows the cached page of the position's query, with its place and both directions", () => {
    const pager = renderPager(cached("cursor=c2&limit=25", page), position());
    expect(pager.rows).toEqual(page.data);
    expect(pager.pageKey).toBe("c2");
    expect(pager.pagination).toMatchObject({
      firstRowIndex: 25,
      rowCount: 2,
      hasPreviousPage: true,
      hasNextPage: true,
      isPlaceholderData: false,
    });
  });

  it("Next and Previous move the position by the page's own cursors", () => {
    const at = position();
    const { pagination } = renderPager(cached("cursor=c2&limit=25", page), at);
    pagination.onNextPage();
    expect(at.goToNextPage).toHaveBeenCalledWith("c3", 2);
    pagination.onPreviousPage();
    expect(at.goToPreviousPage).toHaveBeenCalledWith("c1");
  });

  it("offers a page-size select only when the position can change its size", () => {
    const client = cached("cursor=c2&limit=25", page);
    expect(renderPager(client, position()).pagination.pageSize).toBeUndefined();
    const setLimit = vi.fn();
    const sized = renderPager(client, position({ setLimit })).pagination;
    expect(sized.pageSize).toBe(25);
    expect(sized.onPageSizeChange).toBe(setLimit);
  });

  it("on the last page there is nowhere further to go", () => {
    const last = { ...page, nextCursor: null };
    const at = position();
    const { pagination } = renderPager(cached("cursor=c2&limit=25", last), at);
    expect(pagination.hasNextPage).toBe(false);
    pagination.onNextPage();
    expect(at.goToNextPage).not.toHaveBeenCalled();
  });
});

describe("useCursorPager over the URL position", () => {
  /** A customer page's history section, as the page renders it. */
  function renderSection(searchParams: string, client: QueryClient) {
    const updates: UrlUpdateEvent[] = [];
    let pager: CursorPager<Row> | undefined;
    function Probe() {
      const list = useListUrlState(customerSectionUrls.history, { scope: sectionScope("history", "7") });
      pager = useCursorPager(list, pageQuery);
      return null;
    }
    renderToStaticMarkup(
      h(NuqsTestingAdapter, {
        searchParams,
        onUrlUpdate: (event) => void updates.push(event),
        children: h(QueryClientProvider, { client }, h(Probe)),
      }),
    );
    if (!pager) throw new Error("hook did not render");
    return { pager, updates };
  }

  it("reads the first page the server prefetched under the same query string", () => {
    const client = cached("customer_id=7&status=error&limit=25", page);
    const { pager } = renderSection("?history_status=error", client);
    expect(pager.rows).toEqual(page.data);
    expect(pager.pagination.firstRowIndex).toBe(0);
  });

  it("Next pushes the section's own cursor and offset, keeping its filter", async () => {
    const client = cached("customer_id=7&status=error&limit=25", page);
    const { pager, updates } = renderSection("?history_status=error", client);
    pager.pagination.onNextPage();
    await vi.waitFor(() => expect(updates.length).toBeGreaterThan(0));
    const update = updates.at(-1) as UrlUpdateEvent;
    expect(Object.fromEntries(update.searchParams)).toEqual({
      history_status: "error",
      history_cursor: "c3",
      history_offset: "2",
    });
    expect(update.options.history).toBe("push");
  });
});
