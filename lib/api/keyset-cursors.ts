import "server-only";
import { z } from "zod";
import type { KeysetPageRequest } from "@/lib/db/keyset-page";
import { ApiError } from "./errors";
import { parseOr422 } from "./read-request";
import { decodeCursor, encodeCursor } from "./signed-cursor";

// Paging for the lists the app keeps itself (audit log, batch uploads), shaped like Recharge's: a
// first page takes filters, later pages take only the signed cursor, which carries the filters.

const limitSchema = z.coerce.number().int().min(1).max(250).default(50);

export interface KeysetRequest<Filters> {
  filters: Filters;
  page: KeysetPageRequest;
  cursor: { dir: "after" | "before"; id: string } | undefined;
}

export function readKeysetRequest<Filters extends Record<string, unknown>>(
  url: string,
  filtersSchema: z.ZodType<Filters>,
): KeysetRequest<Filters> {
  const { cursor, limit: rawLimit, ...rest } = Object.fromEntries(new URL(url).searchParams);
  const limit = parseOr422(z.object({ limit: limitSchema }), { limit: rawLimit }).limit;
  if (!cursor) return { filters: parseOr422(filtersSchema, rest), page: { limit }, cursor: undefined };
  if (Object.keys(rest).length > 0) {
    throw new ApiError("validation_failed", "Only limit may accompany a cursor.", {
      cursor: ["cannot be combined with filters"],
    });
  }
  const decoded = z
    .object({ dir: z.enum(["after", "before"]), id: z.string().regex(/^\d+$/), filters: filtersSchema })
    .safeParse(decodeCursor(cursor));
  if (!decoded.success) {
    throw new ApiError("validation_failed", "The page cursor is invalid.", { cursor: ["Invalid value"] });
  }
  const { dir, id, filters } = decoded.data;
  return {
    filters,
    page: dir === "after" ? { limit, after: id } : { limit, before: id },
    cursor: { dir, id },
  };
}

/** The cursors of a page of rows keyed by `id`: next walks older, previous walks newer. */
export function keysetCursors<Filters>(
  request: KeysetRequest<Filters>,
  rows: readonly { id: string }[],
  hasMore: boolean,
): { nextCursor: string | null; previousCursor: string | null } {
  const first = rows[0];
  const last = rows.at(-1);
  const backwards = request.cursor?.dir === "before";
  const filters = request.filters;
  return {
    nextCursor: last && (backwards || hasMore) ? encodeCursor({ dir: "after", id: last.id, filters }) : null,
    previousCursor:
      first && request.cursor && (!backwards || hasMore)
        ? encodeCursor({ dir: "before", id: first.id, filters })
        : null,
  };
}
