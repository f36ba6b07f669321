import "server-only";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { insertAuditEntry, type AuditOutcome } from "@/lib/db/audit-log";
import type { Db } from "@/lib/db/types";
import type { ApiError } from "./errors";

/** The Recharge call an attempt made, when one reached Recharge. */
export interface UpstreamCall {
  status: number;
  requestId: string | null;
}

/** What one mutation attempt came to know, in the order it learnt it; written as one audit record. */
export interface AttemptFacts {
  operator: SessionOperator | null;
  targetId: string | null;
  request: unknown;
  reason: string | null;
  idempotencyKey: string | null;
  upstream: UpstreamCall | null;
  /** Set when the status alone does not say it (replayed, outcome unknown, applied on read-back). */
  outcome: AuditOutcome | null;
}

export const noFacts: AttemptFacts = {
  operator: null,
  targetId: null,
  request: null,
  reason: null,
  idempotencyKey: null,
  upstream: null,
  outcome: null,
};

/** Succeeded for 2xx; refused when we stopped it before Recharge was asked; failed otherwise. */
function outcomeOf(facts: AttemptFacts, status: number): AuditOutcome {
  if (facts.outcome) return facts.outcome;
  if (status < 300) return "succeeded";
  return facts.upstream ? "failed" : "refused";
}

/** The one audit record of an attempt, whatever happened: refused at the door, failed, replayed or applied. */
export async function writeAttemptAudit(
  db: Db,
  action: { action: string; targetType: string },
  facts: AttemptFacts,
  answer: { status: number; error: ApiError | null },
  durationMs: number,
): Promise<void> {
  await insertAuditEntry(db, {
    operatorEmail: facts.operator?.email ?? null,
    operatorRole: facts.operator?.role ?? null,
    action: action.action,
    targetType: action.targetType,
    targetId: facts.targetId,
    request: facts.request,
    reason: facts.reason,
    idempotencyKey: facts.idempotencyKey,
    outcome: outcomeOf(facts, answer.status),
    httpStatus: answer.status,
    errorCode: answer.error?.code ?? null,
    errorMessage: answer.error?.message ?? null,
    upstreamStatus: facts.upstream?.status ?? null,
    upstreamRequestId: facts.upstream?.requestId ?? null,
    durationMs,
  });
}
