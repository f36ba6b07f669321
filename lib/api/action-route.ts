import "server-only";
import type { z } from "zod";
import { actionInputs, type ActionInput } from "@/lib/actions/action-inputs";
import {
  actionEntry,
  type ActionEntry,
  type ActionId,
  type ActionPermission,
  type EntryOf,
  type TargetOf,
} from "@/lib/actions/catalog";
import { readBackOutcome } from "@/lib/actions/server/read-back";
import type { TargetRecords } from "@/lib/actions/target-records";
import type { UpstreamResult } from "@/lib/recharge/transport/types";
import { moneyMovingLimit } from "./money-limits";
import { mutationRoute, type MutationContext } from "./mutation-route";
import { idParamsSchema, type IdParams } from "./route-params";

/** The actions on one existing record (`/api/<collection>/{id}/…`); creations keep mutationRoute. */
type RecordActionId = { [Id in ActionId]: EntryOf<Id> extends { creates: true } ? never : Id }[ActionId];

/** What answers a record action: the record as Recharge returns it after the change (null: deleted). */
type ActionOutput<Id extends ActionId> = TargetRecords[TargetOf<Id>] | null;

/** What the route adds to its catalog entry: the one upstream call. */
export interface ActionHandlers<Id extends RecordActionId> {
  run: (context: MutationContext<IdParams, ActionInput<Id>>) => Promise<UpstreamResult<ActionOutput<Id>>>;
}

/**
 * The route of one catalog action, declared in one line: `export const POST = actionRoute("charge.skip",
 * { run })`. Its audit name, target, permission, body schema, money limit and read-back after an
 * unknown outcome all come from the catalog entry (lib/actions/catalog.ts).
 */
export function actionRoute<Id extends RecordActionId>(id: Id, handlers: ActionHandlers<Id>) {
  const entry: ActionEntry = actionEntry(id);
  // At the id's bound, not the generic id: TypeScript cannot read a property through the Extract of
  // a generic id once a creation (discount.create) narrows RecordActionId below ActionId.
  const permission: ActionPermission = actionEntry<RecordActionId>(id).permission;
  // The catalog ties each id to its schema and record type, but TypeScript cannot follow a generic id
  // through those lookups: the pieces are joined here, once, at the types the catalog gives them.
  const input = actionInputs[id] as unknown as z.ZodType<ActionInput<Id>>;
  const readBack = (context: MutationContext<IdParams, ActionInput<Id>>) =>
    readBackOutcome(entry, context.params.id, context.input) as Promise<ActionOutput<Id> | undefined>;
  return mutationRoute({
    action: entry.id,
    permission,
    targetType: entry.target,
    params: idParamsSchema,
    targetId: (params) => String(params.id),
    input,
    limit: entry.movesMoney ? moneyMovingLimit : undefined,
    run: handlers.run,
    reconcile: entry.readBack.kind === "none" ? undefined : readBack,
  });
}
