import "server-only";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { insertAuditEntry, type AuditOutcome } from "@/lib/db/audit-log";
import type { Db } from "@/lib/db/types";
import type { ApiError } from "./errors";

/**
 * What one mutation attempt learns as it goes, written as exactly one audit record at the end,
 * whatever happened: refused at the door, failed upstream, replayed or applied.
 */
export class AuditDraft {
  private readonly started = performance.now();
  operator: SessionOperator | null = null;
  targetId: string | null = null;
  request: unknown = null;
  reason: string | null = null;
  idempotencyKey: string | null = null;
  upstream: { status: number; requestId: string | null } | null = null;
  outcome: AuditOutcome | null = null;

  constructor(
    readonly action: string,
    readonly targetType: string,
  ) {}

  /** Succeeded for 2xx; refused when we stopped it before Recharge was asked; failed otherwise. */
  private outcomeFor(status: number): AuditOutcome {
    if (this.outcome) return this.outcome;
    if (status < 300) return "succeeded";
    return this.upstream ? "failed" : "refused";
  }

  async write(db: Db, status: number, error: ApiError | null): Promise<void> {
    await insertAuditEntry(db, {
      operatorEmail: this.operator?.email ?? null,
      operatorRole: this.operator?.role ?? null,
      action: this.action,
      targetType: this.targetType,
      targetId: this.targetId,
      request: this.request,
      reason: this.reason,
      idempotencyKey: this.idempotencyKey,
      outcome: this.outcomeFor(status),
      httpStatus: status,
      errorCode: error?.code ?? null,
      errorMessage: error?.message ?? null,
      upstreamStatus: this.upstream?.status ?? null,
      upstreamRequestId: this.upstream?.requestId ?? null,
      durationMs: performance.now() - this.started,
    });
  }
}
