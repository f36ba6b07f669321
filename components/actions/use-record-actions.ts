"use client";

import { useOperator } from "@/components/auth/operator-context";
import { actionsOn } from "@/lib/actions/availability";
import type { ActionIdFor } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import type { ActionTarget } from "@/lib/actions/targets";
import { can } from "@/lib/auth/permissions";

/** One action offered on a record: a menu item or a button. */
export interface OfferedAction<T extends ActionTarget> {
  id: ActionIdFor<T>;
  label: string;
  destructive: boolean;
}

/**
 * The catalog's actions this operator may take on this record as it is now: the row menu's items and
 * the Actions panel's buttons. None for a status the dashboard does not know, none signed out.
 */
export function useRecordActions<T extends ActionTarget>(
  target: T,
  record: TargetRecords[T],
): ReadonlyArray<OfferedAction<T>> {
  const operator = useOperator();
  if (!operator) return [];
  return actionsOn(target, record)
    .filter((entry) => can(operator.role, entry.permission))
    .map((entry) => ({
      // An entry of `target` has one of its ids; TypeScript cannot narrow a generic target's entry.
      id: entry.id as ActionIdFor<T>,
      label: entry.label,
      destructive: entry.destructive,
    }));
}
