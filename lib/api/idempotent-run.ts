import "server-only";
import type { AuditOutcome } from "@/lib/db/audit-log";
import { claimIdempotencyKey, releaseIdempotencyKey, settleIdempotencyKey } from "@/lib/db/idempotency";
import type { Db } from "@/lib/db/types";
import { RechargeError } from "@/lib/recharge/recharge-error";
import type { UpstreamResult } from "@/lib/recharge/transport/types";
import type { UpstreamCall } from "./audit-attempt";
import { ApiError, toEnvelope } from "./errors";
import { requestHash } from "./request-hash";
import { certainlyNotApplied, toApiError } from "./upstream-error";

interface KeyScope {
  operatorId: string;
  key: string;
  action: string;
  targetId: string | null;
  body: unknown;
}

interface Steps<Output> {
  /** Checks that do not call Recharge (limits); a throw releases the key. */
  beforeSend: () => Promise<void>;
  send: () => Promise<UpstreamResult<Output>>;
  reconcile?: () => Promise<Output | undefined>;
}

/** How the attempt ended: the answer to send, and what the audit record says of it. */
export interface RunOutcome {
  status: number;
  /** `{data}`, the error envelope, or the stored answer of a replay. */
  body: unknown;
  /** The refusal or failure this attempt met (a replay of a stored error carries none). */
  error: ApiError | null;
  upstream: UpstreamCall | null;
  /** When the status alone does not say it: replayed, outcome unknown, applied on read-back. */
  outcome: AuditOutcome | null;
}

const UNKNOWN_MESSAGE =
  "Recharge did not confirm whether this went through. Re-check the record before doing anything else; " +
  "this dialog will not send it twice.";

const failed = (error: ApiError, upstream: UpstreamCall | null, outcome: AuditOutcome | null = null) => ({
  status: error.status,
  body: toEnvelope(error),
  error,
  upstream,
  outcome,
});

/**
 * Sends a mutation upstream at most once per Idempotency-Key. The first request runs; concurrent
 * duplicates get 409; later ones replay the stored answer; a changed body is a 422. When the outcome
 * is unknown (timeout, 5xx), the record is read back: applied → success; otherwise the key stays
 * `unknown` and every replay reads back again — it never re-sends. Returns how it ended; throws only
 * on a failure of the dashboard's own database.
 */
export async function runIdempotent<Output>(
  db: Db,
  scope: KeyScope,
  steps: Steps<Output>,
): Promise<RunOutcome> {
  const { operatorId, key } = scope;
  const claim = await claimIdempotencyKey(
    db,
    operatorId,
    key,
    requestHash(scope.action, scope.targetId, scope.body),
  );
  switch (claim.kind) {
    case "mismatch":
      return failed(
        new ApiError("validation_failed", "This Idempotency-Key was already used for a different request.", {
          "Idempotency-Key": ["was used for a different request"],
        }),
        null,
      );
    case "in_progress":
      return failed(
        new ApiError("conflict", "This request is already being processed. Wait for its result."),
        null,
      );
    case "completed":
      return { status: claim.status, body: claim.body, error: null, upstream: null, outcome: "replayed" };
    case "unknown":
      return settleUnknown(db, scope, steps.reconcile, null);
    case "claimed":
      break;
  }

  try {
    await steps.beforeSend();
  } catch (error) {
    await releaseIdempotencyKey(db, operatorId, key);
    if (error instanceof ApiError) return failed(error, null);
    throw error;
  }

  let upstream: UpstreamCall | null = null;
  try {
    const result = await steps.send();
    // A mutation of our own records (lib/api/local-result.ts) made no call to Recharge to audit.
    if (result.meta.attempts > 0) upstream = { status: result.meta.status, requestId: result.meta.requestId };
    const body = { data: result.data };
    await settleIdempotencyKey(db, operatorId, key, "completed", 200, body);
    return { status: 200, body, error: null, upstream, outcome: null };
  } catch (error) {
    if (error instanceof ApiError) {
      // The handler established the outcome itself (e.g. a batch created but not started). A conflict
      // or rate limit means "nothing was done, try again later" (a full batch queue): the same key
      // may then be sent again, rather than replaying the refusal forever.
      if (error.code === "conflict" || error.code === "rate_limited")
        await releaseIdempotencyKey(db, operatorId, key);
      else await settleIdempotencyKey(db, operatorId, key, "completed", error.status, toEnvelope(error));
      return failed(error, upstream);
    }
    if (!(error instanceof RechargeError)) {
      // Not an upstream answer: we cannot know whether the call went out, so never allow a re-send.
      return settleUnknown(db, scope, steps.reconcile, upstream);
    }
    // Only a call that reached Recharge counts as upstream; one refused before sending was never sent.
    if (error.attempts > 0) upstream = { status: error.status, requestId: error.requestId };
    if (error.outcomeUnknown) return settleUnknown(db, scope, steps.reconcile, upstream);
    const apiError = toApiError(error);
    if (certainlyNotApplied(error)) await releaseIdempotencyKey(db, operatorId, key);
    else await settleIdempotencyKey(db, operatorId, key, "completed", apiError.status, toEnvelope(apiError));
    return failed(apiError, upstream);
  }
}

async function settleUnknown<Output>(
  db: Db,
  scope: KeyScope,
  reconcile: (() => Promise<Output | undefined>) | undefined,
  upstream: UpstreamCall | null,
): Promise<RunOutcome> {
  const applied = reconcile ? await reconcile().catch(() => undefined) : undefined;
  if (applied !== undefined) {
    const body = { data: applied };
    await settleIdempotencyKey(db, scope.operatorId, scope.key, "completed", 200, body);
    return { status: 200, body, error: null, upstream, outcome: "succeeded" };
  }
  const error = new ApiError("upstream_unavailable", UNKNOWN_MESSAGE);
  await settleIdempotencyKey(db, scope.operatorId, scope.key, "unknown", error.status, toEnvelope(error));
  return failed(error, upstream, "unknown");
}
