import "server-only";
import { z } from "zod";
import { keysetCursors, readKeysetRequest } from "@/lib/api/keyset-cursors";
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

/**
 * One page of the audit log, newest first, from the query string of `url` (filters on the first
 * page, the signed cursor after): `GET /api/audit` and the audit log's export read it the same way.
 */
export async function readAuditPage(url: string) {
  const keyset = readKeysetRequest(url, filtersSchema);
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
  return { data: rows, ...keysetCursors(keyset, rows, hasMore) };
}
