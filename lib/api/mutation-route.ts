import "server-only";
import type { z } from "zod";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import type { Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { takeOperatorAction } from "@/lib/db/operator-action-limit";
import type { Db } from "@/lib/db/types";
import type { UpstreamResult } from "@/lib/recharge/transport/types";
import { noteAnonymousRefusal } from "./anonymous-refusals";
import { noFacts, writeAttemptAudit, type AttemptFacts } from "./audit-attempt";
import { authorize } from "./authorize";
import { ApiError, toEnvelope } from "./errors";
import { runIdempotent } from "./idempotent-run";
import { readMutationRequest } from "./read-request";
import { errorResponse, jsonResponse, toKnownError } from "./respond";

export interface MutationContext<Params, Input> {
  params: Params;
  input: Input;
  operator: SessionOperator;
  /** For creations: names the created record in the audit log once it has an id. */
  setTargetId: (id: string) => void;
}

export interface MutationSpec<Params, Input, Output> {
  /** Audit name, e.g. `charge.refund`. */
  action: string;
  permission: Permission;
  targetType: string;
  /** Route params; a failure answers 404 (no record can have that id). */
  params: z.ZodType<Params>;
  targetId: (params: Params) => string;
  /** The body: Recharge's fields plus `reason`. */
  input: z.ZodType<Input>;
  maxBodyBytes?: number;
  /** Per-operator cap for money-moving actions, held in the database. */
  limit?: OperatorLimit;
  /** What the audit log keeps of the body (a summary for large uploads). */
  auditRequest?: (input: Input) => unknown;
  /** The one upstream operation. */
  run: (context: MutationContext<Params, Input>) => Promise<UpstreamResult<Output>>;
  /** After an unknown outcome: reads the record back and returns it when the change is visible. */
  reconcile?: (context: MutationContext<Params, Input>) => Promise<Output | undefined>;
}

export interface OperatorLimit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

type NextContext = { params: Promise<unknown> };
type Answer = { status: number; body: unknown; error: ApiError | null };

const errorAnswer = (error: ApiError): Answer => ({ status: error.status, body: toEnvelope(error), error });

/**
 * Every mutation route: the door (authorize.ts: session 401 → role 403 → same-origin 403 → JSON 415)
 * → params (404) → Idempotency-Key and body (413/422) → idempotent upstream call → `{"data"}`;
 * exactly one audit record per signed-in operator's attempt, whatever the outcome. Signed-out
 * requests are only counted.
 */
export function mutationRoute<Params, Input extends { reason?: string | undefined }, Output>(
  spec: MutationSpec<Params, Input, Output>,
) {
  const handler = async (request: Request, context: NextContext): Promise<Response> => {
    const started = performance.now();
    let db: Db;
    try {
      db = await getDb();
    } catch (error) {
      return errorResponse(error);
    }
    const { facts, answer } = await attempt(spec, request, context, db);
    if (facts.operator) {
      // An audit write failure must not hide an applied action from the operator: log it loudly.
      await writeAttemptAudit(db, spec, facts, answer, performance.now() - started).catch(
        (error: unknown) => {
          console.error(`AUDIT WRITE FAILED for ${spec.action} ${facts.targetId ?? ""}:`, error);
        },
      );
    } else if (answer.error?.code === "unauthenticated") noteAnonymousRefusal(spec.action);
    return jsonResponse(answer.body, answer.status);
  };
  return Object.assign(handler, {
    permission: spec.permission,
    mutation: true as const,
    action: spec.action,
  });
}

/** One attempt, step by step; each step returns what it learnt, and the audit record is made of it. */
async function attempt<Params, Input extends { reason?: string | undefined }, Output>(
  spec: MutationSpec<Params, Input, Output>,
  request: Request,
  context: NextContext,
  db: Db,
): Promise<{ facts: AttemptFacts; answer: Answer }> {
  const facts: AttemptFacts = { ...noFacts };
  try {
    // Read first, refused later: a refused attempt still names its target in the audit log.
    // Routes without dynamic segments get no params at all.
    const params = spec.params.safeParse((await context.params) ?? {});
    if (params.success) facts.targetId = spec.targetId(params.data);
    const door = await authorize(request, spec.permission, { mutation: true });
    facts.operator = door.operator;
    if (!door.admitted) return { facts, answer: errorAnswer(door.refusal) };
    if (!params.success)
      return { facts, answer: errorAnswer(new ApiError("not_found", "No record has that id.")) };

    const read = await readMutationRequest(request, spec.input, spec.maxBodyBytes ?? 64 * 1024);
    Object.assign(facts, { idempotencyKey: read.key, request: read.body, reason: read.reason });
    if (!read.ok) return { facts, answer: errorAnswer(read.error) };
    if (spec.auditRequest) facts.request = spec.auditRequest(read.input);

    const mutation: MutationContext<Params, Input> = {
      params: params.data,
      input: read.input,
      operator: door.operator,
      setTargetId: (id) => (facts.targetId = id),
    };
    const run = await runIdempotent(
      db,
      {
        operatorId: door.operator.id,
        key: read.key,
        action: spec.action,
        targetId: facts.targetId,
        body: read.body,
      },
      {
        beforeSend: () => takeLimit(spec.limit, db, door.operator.id),
        send: () => spec.run(mutation),
        reconcile: spec.reconcile ? () => spec.reconcile!(mutation) : undefined,
      },
    );
    Object.assign(facts, { upstream: run.upstream, outcome: run.outcome });
    return { facts, answer: run };
  } catch (error) {
    return { facts, answer: errorAnswer(toKnownError(error)) };
  }
}

/** Money-moving actions: at most `max` per operator per window, across all instances (429). */
async function takeLimit(limit: OperatorLimit | undefined, db: Db, operatorId: string) {
  if (!limit) return;
  if (await takeOperatorAction(db, operatorId, limit.bucket, limit.max, limit.windowSeconds)) return;
  throw new ApiError(
    "rate_limited",
    `You can do at most ${limit.max} of these per ${limit.windowSeconds / 60} minute(s). Wait a moment.`,
  );
}
