// GET /api/audit — the audit log, newest first, filterable, one cursor page at a time (admin)
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseOr422 } from "@/lib/api/read-request";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { decodeCursor, encodeCursor } from "@/lib/api/signed-cursor";
import { listAuditEntries } from "@/lib/db/audit-log";
import { getDb } from "@/lib/db/client";

const timestamp = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), "must be a date or timestamp");
const filtersSchema = z.strictObject({
  operator: z.string().trim().min(1).max(320).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  target_type: z.string().trim().min(1).max(50).optional(),
  target_id: z.string().trim().min(1).max(50).optional(),
  created_at_min: timestamp.optional(),
  created_at_max: timestamp.optional(),
});
const limitSchema = z.coerce.number().int().min(1).max(250).default(50);
const cursorSchema = z.object({
  dir: z.enum(["after", "before"]),
  id: z.string().regex(/^\d+$/),
  filters: filtersSchema,
});

export const GET = apiRoute({ permission: "audit:read" }, async ({ request }) => {
  const { cursor, limit: rawLimit, ...rest } = Object.fromEntries(new URL(request.url).searchParams);
  const limit = parseOr422(z.object({ limit: limitSchema }), { limit: rawLimit }).limit;
  let filters: z.infer<typeof filtersSchema>;
  let page: { dir: "after" | "before"; id: string } | undefined;
  if (cursor) {
    if (Object.keys(rest).length > 0) {
      throw new ApiError("validation_failed", "Only limit may accompany a cursor.", {
        cursor: ["cannot be combined with filters"],
      });
    }
    const decoded = cursorSchema.safeParse(decodeCursor(cursor));
    if (!decoded.success)
      throw new ApiError("validation_failed", "The page cursor is invalid.", { cursor: ["Invalid value"] });
    filters = decoded.data.filters;
    page = { dir: decoded.data.dir, id: decoded.data.id };
  } else {
    filters = parseOr422(filtersSchema, rest);
  }

  const { rows, hasMore } = await listAuditEntries(
    await getDb(),
    {
      operator: filters.operator,
      action: filters.action,
      targetType: filters.target_type,
      targetId: filters.target_id,
      createdAtMin: filters.created_at_min,
      createdAtMax: filters.created_at_max,
    },
    {
      limit,
      after: page?.dir === "after" ? page.id : undefined,
      before: page?.dir === "before" ? page.id : undefined,
    },
  );
  const first = rows[0];
  const last = rows.at(-1);
  const backwards = page?.dir === "before";
  const nextCursor =
    last && (backwards || hasMore) ? encodeCursor({ dir: "after", id: last.id, filters }) : null;
  const previousCursor =
    first && page && (!backwards || hasMore) ? encodeCursor({ dir: "before", id: first.id, filters }) : null;
  return jsonResponse({ data: rows, nextCursor, previousCursor });
});
