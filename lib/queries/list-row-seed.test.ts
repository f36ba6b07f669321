import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { rowFromCachedLists } from "./list-row-seed";
import { resourceQueries } from "./resource-queries";

type Row = { id: number; status: string };
const page = (...data: Row[]) => ({ data, nextCursor: null, previousCursor: null });

describe("rowFromCachedLists", () => {
  it("finds the row in any cached list of the resource, the most recently read copy first", () => {
    const client = new QueryClient();
    client.setQueryData(["charges", "list", "status=queued"], page({ id: 7, status: "queued" }), {
      updatedAt: 1_000,
    });
    client.setQueryData(["charges", "list", "ids=7"], page({ id: 7, status: "skipped" }), {
      updatedAt: 2_000,
    });
    client.setQueryData(["charges", "list", "limit=50"], page({ id: 8, status: "queued" }), {
      updatedAt: 3_000,
    });
    expect(rowFromCachedLists<Row>(client, "charges", "7")).toEqual({ id: 7, status: "skipped" });
    expect(rowFromCachedLists<Row>(client, "charges", "8")).toEqual({ id: 8, status: "queued" });
  });

  it("never takes a row from another resource, a detail, or a list that is still loading", () => {
    const client = new QueryClient();
    client.setQueryData(["subscriptions", "list", ""], page({ id: 7, status: "active" }));
    client.setQueryData(["charges", "detail", "9"], { id: 7, status: "queued" });
    client.getQueryCache().build(client, { queryKey: ["charges", "list", "pending"] });
    expect(rowFromCachedLists<Row>(client, "charges", "7")).toBeUndefined();
  });
});

describe("seededDetail", () => {
  it("is the detail query with the list's row as placeholder, never stored as the detail", () => {
    const client = new QueryClient();
    const charges = resourceQueries<Row>("charges");
    client.setQueryData(charges.keys.list("ids=7"), page({ id: 7, status: "queued" }));
    const options = charges.seededDetail(7, client);
    expect(options.queryKey).toEqual(charges.keys.detail(7));
    expect(typeof options.placeholderData === "function" && options.placeholderData()).toEqual({
      id: 7,
      status: "queued",
    });
    expect(client.getQueryData(charges.keys.detail(7))).toBeUndefined();
  });
});
