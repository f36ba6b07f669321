import "server-only";
import { z } from "zod";

/**
 * Recharge's list envelope: `{"next_cursor", "previous_cursor", "<plural>": [...]}` (recharge-api.md §2).
 * Both cursor keys are documented as always present; a missing one is read as null (the end).
 * Envelopes drop unknown top-level keys; the objects inside keep theirs.
 */
export function listEnvelopeSchema<Key extends string, Item extends z.ZodType>(key: Key, item: Item) {
  return z.object({
    next_cursor: z.string().nullish(),
    previous_cursor: z.string().nullish(),
    ...({ [key]: z.array(item) } as Record<Key, z.ZodArray<Item>>),
  });
}

/** `{"<singular>": {...}}`: how single resources come back. */
export function singleEnvelopeSchema<Key extends string, Item extends z.ZodType>(key: Key, item: Item) {
  return z.object({ ...({ [key]: item } as Record<Key, Item>) });
}

/** What every list function returns: a camelCase wrapper, Recharge's objects inside untouched. */
export interface ListResult<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `cursor` to get the previous page; null on the first page. */
  previousCursor: string | null;
}

export const listResultSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    previousCursor: z.string().nullable(),
  });
