"use client";

import { RowActionsMenu } from "@/components/actions/row-actions-menu";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { useChargeActions } from "./charge-actions";
import type { ChargeVerb } from "./use-charge-action";

/** A charge row's action menu: only what this operator may do to a charge in this status. */
export function ChargeRowActions({
  charge,
  onAction,
}: {
  charge: Charge;
  onAction: (verb: ChargeVerb) => void;
}) {
  return (
    <RowActionsMenu
      label={`Actions for charge #${charge.id}`}
      actions={useChargeActions(charge)}
      onSelect={onAction}
    />
  );
}
