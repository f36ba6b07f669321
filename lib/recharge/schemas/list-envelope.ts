import "server-only";
import { z } from "zod";

/** A list page as it arrives, its records not yet read. */
export type RawListEnvelope<Key extends string> = {
  next_cursor?: string | null;
  previous_cursor?: string | null;
} & { [K in Key]: unknown[] };

/**
 * How to read one of Recharge's list envelopes: `{"next_cursor", "previous_cursor", "<plural>": [...]}`
 * (recharge-api.md §2). The page is read with its records as unknowns, then each record is parsed
 * alone with `item`, so one odd record is left out instead of failing the page.
 */
export interface ListEnvelopeSchema<Key extends string, Item> {
  page: z.ZodType<RawListEnvelope<Key>>;
  item: z.ZodType<Item>;
}

/**
 * Both cursor keys are documented as always present; a missing one is read as null (the end).
 * Envelopes drop unknown top-level keys; the objects inside keep theirs.
 */
export function listEnvelopeSchema<Key extends string, Item>(
  key: Key,
  item: z.ZodType<Item>,
): ListEnvelopeSchema<Key, Item> {
  const page = z.object({
    next_cursor: z.string().nullish(),
    previous_cursor: z.string().nullish(),
    ...({ [key]: z.array(z.unknown()) } as Record<Key, z.ZodArray<z.ZodUnknown>>),
  }) as z.ZodType<RawListEnvelope<Key>>;
  return { page, item };
}

/** `{"<singular>": {...}}`: how single resources come back. */
export function singleEnvelopeSchema<Key extends string, Item extends z.ZodType>(key: Key, item: Item) {
  return z.object({ ...({ [key]: item } as Record<Key, Item>) });
}

/** What every list function returns: a camelCase wrapper, Recharge's objects inside untouched. */
export interface ListResult<T> {
  /** The records that could be read, in Recharge's order. */
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `cursor` to get the previous page; null on the first page. */
  previousCursor: string | null;
  /** How many records of this page could not be read and were left out of `items`. */
  unreadableCount: number;
  /** The page's upstream `X-Request-Id`: what to quote to Recharge about the records left out. */
  requestId: string | null;
}
