import "server-only";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";

/** Recharge's largest page: the fewest calls per walk. */
export const PULSE_PAGE_SIZE = 250;

/** A first page (filters, order, size) or a follow-up (only the cursor and size: Recharge's rule). */
export type WalkPageParams =
  (Record<string, string | number> & { sort_by: string; limit: number }) | { cursor: string; limit: number };

export interface WalkResult<Item> {
  items: Item[];
  /** Stopped at `maxRows` with records left. */
  capped: boolean;
  /** Records Recharge sent that could not be read (left out, as every list leaves them out). */
  unreadable: number;
}

/**
 * Reads a filtered list to its end, 250 at a time by id, or until `maxRows` records are kept. A cap
 * met exactly by the last record is checked with one more read, so `capped` means "there were more".
 */
export async function walkList<Item>(
  readPage: (params: WalkPageParams) => Promise<ListResult<Item>>,
  filters: Record<string, string>,
  maxRows: number,
): Promise<WalkResult<Item>> {
  const items: Item[] = [];
  let unreadable = 0;
  let page = await readPage({ ...filters, sort_by: "id-asc", limit: PULSE_PAGE_SIZE });
  for (;;) {
    unreadable += page.unreadableCount;
    for (const item of page.items) {
      if (items.length >= maxRows) return { items, capped: true, unreadable };
      items.push(item);
    }
    if (!page.nextCursor) return { items, capped: false, unreadable };
    page = await readPage({ cursor: page.nextCursor, limit: PULSE_PAGE_SIZE });
  }
}
