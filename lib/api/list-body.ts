import "server-only";
import type { ListPage } from "@/lib/queries/list-page";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";

/**
 * A Recharge list page as every BFF list answers it (route handlers and the pages' server prefetch
 * alike): `{data, nextCursor, previousCursor}`, plus `unreadable: {count, requestId}` only when
 * records were left out, so the UI can say so above the rows it shows.
 */
export function toListBody<Item>(page: ListResult<Item>): ListPage<Item> {
  return {
    data: page.items,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    ...(page.unreadableCount > 0
      ? { unreadable: { count: page.unreadableCount, requestId: page.requestId } }
      : {}),
  };
}
