// GET /api/audit — the audit log, newest first, filterable, one cursor page at a time (admin)
import { z } from "zod";
import { keysetCursors, readKeysetRequest } from "@/lib/api/keyset-cursors";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
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

export const GET = apiRoute({ permission: "audit:read" }, async ({ request }) => {
  const keyset = readKeysetRequest(request.url, filtersSchema);
  const { filters } = keyset;
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
    keyset.page,
  );
  return jsonResponse({ data: rows, ...keysetCursors(keyset, rows, hasMore) });
});
