import "server-only";
import { keysetPage, type KeysetPageRequest } from "./keyset-page";
import type { Queryable } from "./types";

export type AuditOutcome = "succeeded" | "failed" | "refused" | "replayed" | "unknown";

export interface AuditEntry {
  operatorEmail: string | null;
  operatorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  request: unknown;
  reason: string | null;
  idempotencyKey: string | null;
  outcome: AuditOutcome;
  httpStatus: number;
  errorCode: string | null;
  errorMessage: string | null;
  upstreamStatus: number | null;
  upstreamRequestId: string | null;
  durationMs: number;
}

export interface AuditRecord extends AuditEntry {
  id: string;
  createdAt: string;
}

export async function insertAuditEntry(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (operator_email, operator_role, action, target_type, target_id, request, reason,
       idempotency_key, outcome, http_status, error_code, error_message, upstream_status, upstream_request_id,
       duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      entry.operatorEmail,
      entry.operatorRole,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.request === undefined ? null : JSON.stringify(entry.request),
      entry.reason,
      entry.idempotencyKey,
      entry.outcome,
      entry.httpStatus,
      entry.errorCode,
      entry.errorMessage,
      entry.upstreamStatus,
      entry.upstreamRequestId,
      Math.round(entry.durationMs),
    ],
  );
}

export interface AuditFilters {
  operator?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  createdAtMin?: string;
  createdAtMax?: string;
}

/**
 * One page of the audit log, newest first, by keyset on id: `after` walks older, `before` walks newer.
 * Fetches one extra row to know whether another page exists.
 */
export async function listAuditEntries(
  db: Queryable,
  filters: AuditFilters,
  page: KeysetPageRequest,
): Promise<{ rows: AuditRecord[]; hasMore: boolean }> {
  const where: { sql: string; value: unknown }[] = [];
  if (filters.operator) where.push({ sql: "lower(operator_email) = lower(?)", value: filters.operator });
  if (filters.action) where.push({ sql: "action = ?", value: filters.action });
  if (filters.targetType) where.push({ sql: "target_type = ?", value: filters.targetType });
  if (filters.targetId) where.push({ sql: "target_id = ?", value: filters.targetId });
  if (filters.createdAtMin) where.push({ sql: "created_at >= ?", value: filters.createdAtMin });
  if (filters.createdAtMax) where.push({ sql: "created_at <= ?", value: filters.createdAtMax });
  return keysetPage<AuditRecord>(
    db,
    {
      select: `id::text AS id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
       operator_email AS "operatorEmail", operator_role AS "operatorRole", action, target_type AS "targetType",
       target_id AS "targetId", request, reason, idempotency_key AS "idempotencyKey", outcome,
       http_status AS "httpStatus", error_code AS "errorCode", error_message AS "errorMessage",
       upstream_status AS "upstreamStatus", upstream_request_id AS "upstreamRequestId", duration_ms AS "durationMs"`,
      table: "audit_log",
      where,
    },
    page,
  );
}
