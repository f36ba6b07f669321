import "server-only";
import type { z } from "zod";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { can, type Permission } from "@/lib/auth/permissions";
import { getOperator } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { takeOperatorAction } from "@/lib/db/operator-action-limit";
import type { Db } from "@/lib/db/types";
import type { UpstreamResult } from "@/lib/recharge/transport/types";
import { noteAnonymousRefusal } from "./anonymous-refusals";
import { AuditDraft } from "./audit-draft";
import { ApiError } from "./errors";
import { runIdempotent } from "./idempotent-run";
import { parseOr422, readIdempotencyKey, readJsonBody } from "./read-request";
import { errorResponse, toKnownError } from "./respond";
import { assertSameOrigin } from "./same-origin";

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
  limit?: { bucket: string; max: number; windowSeconds: number };
  /** What the audit log keeps of the body (a summary for large uploads). */
  auditRequest?: (input: Input) => unknown;
  /** The one upstream operation. */
  run: (context: MutationContext<Params, Input>) => Promise<UpstreamResult<Output>>;
  /** After an unknown outcome: reads the record back and returns it when the change is visible. */
  reconcile?: (context: MutationContext<Params, Input>) => Promise<Output | undefined>;
}

type NextContext = { params: Promise<unknown> };

/**
 * Every mutation route: session (401) → params (404) → role (403) → same-origin + JSON (403/415)
 * → Idempotency-Key → body (422) → idempotent upstream call → `{"data"}`; exactly one audit record
 * per signed-in operator's attempt, whatever the outcome. Signed-out requests are only counted.
 */
export function mutationRoute<Params, Input extends { reason?: string | undefined }, Output>(
  spec: MutationSpec<Params, Input, Output>,
) {
  const handler = async (request: Request, context: NextContext): Promise<Response> => {
    const draft = new AuditDraft(spec.action, spec.targetType);
    let db: Db | undefined;
    let response: Response;
    let failure: ApiError | null = null;
    try {
      db = await getDb();
      response = await handle(spec, request, context, draft, db);
    } catch (error) {
      failure = toKnownError(error);
      response = errorResponse(failure);
    }
    if (db && draft.operator) {
      // An audit write failure must not hide an applied action from the operator: log it loudly.
      await draft.write(db, response.status, failure).catch((error: unknown) => {
        console.error(`AUDIT WRITE FAILED for ${spec.action} ${draft.targetId ?? ""}:`, error);
      });
    } else if (failure?.code === "unauthenticated") noteAnonymousRefusal(spec.action);
    return response;
  };
  return Object.assign(handler, { permission: spec.permission, mutation: true as const });
}

async function handle<Params, Input extends { reason?: string | undefined }, Output>(
  spec: MutationSpec<Params, Input, Output>,
  request: Request,
  context: NextContext,
  draft: AuditDraft,
  db: Db,
): Promise<Response> {
  const operator = await getOperator();
  draft.operator = operator;
  if (!operator) throw new ApiError("unauthenticated");
  // Routes without dynamic segments get no params at all.
  const parsedParams = spec.params.safeParse((await context.params) ?? {});
  if (!parsedParams.success) throw new ApiError("not_found", "No record has that id.");
  const params = parsedParams.data;
  draft.targetId = spec.targetId(params);
  if (!can(operator.role, spec.permission)) throw new ApiError("forbidden");
  assertSameOrigin(request);
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    throw new ApiError("unsupported_media_type");
  }
  const key = readIdempotencyKey(request);
  draft.idempotencyKey = key;
  const body = await readJsonBody(request, spec.maxBodyBytes ?? 64 * 1024);
  draft.request = body;
  draft.reason = readReason(body);
  const input = parseOr422(spec.input, body);
  draft.request = spec.auditRequest ? spec.auditRequest(input) : body;

  const mutation = { params, input, operator, setTargetId: (id: string) => (draft.targetId = id) };
  return runIdempotent(
    db,
    { operatorId: operator.id, key, action: spec.action, targetId: draft.targetId, body },
    draft,
    {
      beforeSend: async () => {
        if (
          spec.limit &&
          !(await takeOperatorAction(
            db,
            operator.id,
            spec.limit.bucket,
            spec.limit.max,
            spec.limit.windowSeconds,
          ))
        ) {
          throw new ApiError(
            "rate_limited",
            `You can do at most ${spec.limit.max} of these per ${spec.limit.windowSeconds / 60} minute(s). Wait a moment.`,
          );
        }
      },
      send: () => spec.run(mutation),
      reconcile: spec.reconcile ? () => spec.reconcile!(mutation) : undefined,
    },
  );
}

function readReason(body: unknown): string | null {
  const reason = body && typeof body === "object" ? (body as { reason?: unknown }).reason : undefined;
  return typeof reason === "string" ? reason.slice(0, 2000) : null;
}
