import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { toKnownError } from "@/lib/api/respond";
import { can } from "@/lib/auth/permissions";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { insertAuditEntry, type AuditEntry } from "@/lib/db/audit-log";
import { getDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { exportResponse } from "./export-response";
import { exportResources, type ExportOutcome, type ExportResource } from "@/lib/schemas/export-events";
import { exportSource } from "./export-sources";
import { walkExport, type WalkEvent } from "./export-walk";

/** 250: the most rows a Recharge page holds, so an export makes the fewest calls it can. */
export const EXPORT_PAGE_SIZE = 250;

/** `POST /api/exports`: which list, and the list's own query string (filters and sort, no paging). */
export const exportRequestSchema = z.strictObject({
  resource: z.enum(exportResources),
  query: z
    .string()
    .max(4096)
    .refine((query) => {
      const keys = [...new URLSearchParams(query).keys()];
      return !keys.includes("cursor") && !keys.includes("limit");
    }, "must be the list's filters and sort, without cursor or limit")
    .default(""),
  batchId: z.number().int().positive().optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

const AUDIT_ACTION = "records.export";

/** How each end reads in the audit log: a cap is a success that says where it stopped. */
const auditOutcomes: Record<ExportOutcome, { outcome: AuditEntry["outcome"]; code: string | null }> = {
  complete: { outcome: "succeeded", code: null },
  capped: { outcome: "succeeded", code: "export_capped" },
  cancelled: { outcome: "failed", code: "cancelled" },
  failed: { outcome: "failed", code: "upstream_error" },
};

/**
 * Runs one export for an operator who holds `records:export`: checks they may read the list too,
 * reads the first page (a refusal, e.g. an unknown filter, is thrown as the ApiError to answer),
 * then streams the rest. One audit record per export, written when it ends however it ends:
 * operator, list, filters, rows, pages and outcome. Refusals after the door are audited as well.
 */
export async function runExport(
  operator: SessionOperator,
  input: ExportRequest,
  requestSignal: AbortSignal,
): Promise<Response> {
  const started = Date.now();
  const env = serverEnv();
  const asked = { resource: input.resource, query: input.query, batch_id: input.batchId ?? null };
  const audit = (
    entry: Pick<AuditEntry, "outcome" | "httpStatus" | "errorCode" | "errorMessage">,
    result?: object,
  ) => recordExport(operator, input.resource, { ...asked, ...result }, entry, Date.now() - started);

  try {
    if (input.resource === "batch_tasks" && input.batchId === undefined) {
      throw new ApiError("validation_failed", "Say which batch's tasks to export.", {
        batchId: ["is required for batch_tasks"],
      });
    }
    const source = exportSource(input.resource, input.batchId ?? 0);
    if (!can(operator.role, source.readPermission)) throw new ApiError("forbidden");

    const abort = new AbortController();
    requestSignal.addEventListener("abort", () => abort.abort(), { once: true });
    const walk = walkExport(
      source.readPage,
      input.query,
      { pageSize: EXPORT_PAGE_SIZE, maxRows: env.EXPORT_MAX_ROWS, maxMs: env.EXPORT_MAX_SECONDS * 1000 },
      abort.signal,
    );
    const first = (await walk.next()).value as WalkEvent;
    return exportResponse({
      start: {
        type: "start",
        resource: input.resource,
        filename: exportFileName(input.resource, input.batchId, new Date(started)),
        maxRows: env.EXPORT_MAX_ROWS,
        pageSize: EXPORT_PAGE_SIZE,
      },
      header: source.header,
      first,
      walk,
      abort,
      onEnd: (end) => {
        const { outcome, code } = auditOutcomes[end.outcome];
        return audit(
          { outcome, httpStatus: 200, errorCode: code, errorMessage: end.message ?? null },
          { rows: end.rows, pages: end.pages, outcome: end.outcome },
        );
      },
    });
  } catch (error) {
    if (requestSignal.aborted) {
      // The browser went away while the first page was read: a cancellation, not a failure.
      await audit(
        {
          outcome: "failed",
          httpStatus: 499,
          errorCode: "cancelled",
          errorMessage: "Cancelled after 0 rows",
        },
        { rows: 0, pages: 0, outcome: "cancelled" },
      );
      throw error;
    }
    const known = toKnownError(error);
    await audit({
      outcome: known.status < 500 ? "refused" : "failed",
      httpStatus: known.status,
      errorCode: known.code,
      errorMessage: known.message,
    });
    throw known;
  }
}

/** `charges-2026-12-06T0552Z.csv`; a batch's tasks name the batch. UTC, so every operator agrees. */
export function exportFileName(resource: ExportResource, batchId: number | undefined, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(":", "") + "Z";
  const what = resource === "batch_tasks" ? `batch-${batchId}-tasks` : resource.replace("_", "-");
  return `${what}-${stamp}.csv`;
}

async function recordExport(
  operator: SessionOperator,
  resource: ExportResource,
  request: object,
  result: Pick<AuditEntry, "outcome" | "httpStatus" | "errorCode" | "errorMessage">,
  durationMs: number,
): Promise<void> {
  try {
    await insertAuditEntry(await getDb(), {
      operatorEmail: operator.email,
      operatorRole: operator.role,
      action: AUDIT_ACTION,
      targetType: "export",
      targetId: resource,
      request,
      reason: null,
      idempotencyKey: null,
      upstreamStatus: null,
      upstreamRequestId: null,
      durationMs,
      ...result,
    });
  } catch (error) {
    // The rows have gone out already (or the refusal is answered anyway): a lost audit row is logged
    // loudly rather than hidden.
    console.error(
      "Export audit record could not be written:",
      error instanceof Error ? error.message : error,
    );
  }
}
