"use client";

import { useOperator } from "@/components/auth/operator-context";
import { actionsOn } from "@/lib/actions/availability";
import { actionPage, type ActionIdFor, type DialogActionIdFor } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import type { ActionTarget } from "@/lib/actions/targets";
import { can } from "@/lib/auth/permissions";

/** One action offered on a record: a menu item or a button. */
export interface OfferedAction<T extends ActionTarget> {
  id: ActionIdFor<T>;
  label: string;
  destructive: boolean;
  /** Where it is taken: in its dialog, or on the page of its own the panel links to (catalog `page`). */
  opens: { dialog: DialogActionIdFor<T> } | { page: string };
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
    .map((entry) => {
      const page = actionPage(entry, record.id);
      // An entry of `target` has one of its ids; TypeScript cannot narrow a generic target's entry.
      const id = entry.id as ActionIdFor<T>;
      return {
        id,
        label: entry.label,
        destructive: entry.destructive,
        // Without a page of its own, an action is taken in a dialog (DialogActionIdFor).
        opens: page === null ? { dialog: id as DialogActionIdFor<T> } : { page },
      };
    });
}
