"use client";

import { RecordRowActions } from "@/components/actions/record-row-actions";
import type { ActionIdFor } from "@/lib/actions/catalog";
import type { Charge } from "@/lib/recharge/schemas/charge";

/** A charge action, by its catalog id (`charge.skip`, …): what a row's menu asks the table to open. */
export type ChargeVerb = ActionIdFor<"charge">;

/** A charge row's action menu: only what this operator may do to a charge in this status. */
export function ChargeRowActions({
  charge,
  onAction,
}: {
  charge: Charge;
  onAction: (verb: ChargeVerb) => void;
}) {
  return <RecordRowActions target="charge" record={charge} onAction={onAction} />;
}
