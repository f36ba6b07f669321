import type { UseQueryResult } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/queries/api-error";
import { queryTableState } from "./query-table-state";

const query = (fields: Partial<UseQueryResult<unknown>>) =>
  ({
    isPending: false,
    isPlaceholderData: false,
    isError: false,
    isFetching: false,
    data: undefined,
    error: null,
    dataUpdatedAt: 0,
    refetch: () => Promise.resolve(),
    ...fields,
  }) as UseQueryResult<unknown>;

const failure = new ApiClientError(503, "upstream_unavailable", "Recharge is not answering right now.");

describe("queryTableState", () => {
  it("is loading while nothing is cached", () => {
    expect(queryTableState(query({ isPending: true }))).toMatchObject({
      isLoading: true,
      error: null,
      refreshError: null,
    });
  });

  it("a failed first read replaces the rows with the error", () => {
    const state = queryTableState(query({ isError: true, error: failure }));
    expect(state.error?.message).toContain("Recharge is not answering");
    expect(state.refreshError).toBeNull();
  });

  it("a failed re-read keeps the rows and says when they were read", () => {
    const state = queryTableState(
      query({ isError: true, error: failure, data: { data: [] }, dataUpdatedAt: 1_700_000_000_000 }),
    );
    expect(state.error).toBeNull();
    expect(state.refreshError).toMatchObject({ readAt: 1_700_000_000_000 });
    expect(state.refreshError?.message).toContain("Recharge is not answering");
  });

  it("a good read is neither", () => {
    expect(queryTableState(query({ data: { data: [] } }))).toMatchObject({
      error: null,
      refreshError: null,
      unreadable: null,
    });
  });

  it("passes on the records a page could not read, for the note above its rows", () => {
    const page = { data: [{ id: 1 }], unreadable: { count: 2, requestId: "req_7" } };
    expect(queryTableState(query({ data: page })).unreadable).toEqual({ count: 2, requestId: "req_7" });
    const noId = { data: [], unreadable: { count: 1, requestId: null } };
    expect(queryTableState(query({ data: noId })).unreadable).toEqual({ count: 1, requestId: null });
  });
});
