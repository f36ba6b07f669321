import "server-only";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";

/**
 * The body of every BFF list answer. The browser reads it as lib/queries/list-page.ts's `ListPage`
 * (the same shape, written there for the browser side: lib/api must not import upward).
 */
export interface ListBody<Item> {
  data: Item[];
  nextCursor: string | null;
  previousCursor: string | null;
  unreadable?: { count: number; requestId: string | null };
}

/**
 * A Recharge list page as every BFF list answers it (route handlers and the pages' server prefetch
 * alike): `{data, nextCursor, previousCursor}`, plus `unreadable: {count, requestId}` only when
 * records were left out, so the UI can say so above the rows it shows.
 */
export function toListBody<Item>(page: ListResult<Item>): ListBody<Item> {
  return {
    data: page.items,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    ...(page.unreadableCount > 0
      ? { unreadable: { count: page.unreadableCount, requestId: page.requestId } }
      : {}),
  };
}
