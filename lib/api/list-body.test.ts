import "server-only";
import { describe, expect, it } from "vitest";
import { toListBody } from "./list-body";

const page = { items: [{ id: 1 }], nextCursor: "n", previousCursor: null, requestId: "req_1" };

describe("toListBody", () => {
  it("answers Recharge's page as {data, nextCursor, previousCursor} when every record was read", () => {
    expect(toListBody({ ...page, unreadableCount: 0 })).toEqual({
      data: [{ id: 1 }],
      nextCursor: "n",
      previousCursor: null,
    });
  });

  it("adds unreadable {count, requestId} when records were left out", () => {
    expect(toListBody({ ...page, unreadableCount: 2 }).unreadable).toEqual({ count: 2, requestId: "req_1" });
    expect(toListBody({ ...page, requestId: null, unreadableCount: 1 }).unreadable).toEqual({
      count: 1,
      requestId: null,
    });
  });
});
