"use client";

import type { ActionIdFor, TargetWithActions } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import { targetDescriptors } from "@/lib/actions/targets";
import { RowActionsMenu } from "./row-actions-menu";
import { useRecordActions } from "./use-record-actions";

/** A table row's "⋯" menu: the catalog actions this operator may take on the record as it is now. */
export function RecordRowActions<T extends TargetWithActions>({
  target,
  record,
  onAction,
}: {
  target: T;
  record: TargetRecords[T];
  /** Asks the table to open that one dialog. */
  onAction: (action: ActionIdFor<T>) => void;
}) {
  const actions = useRecordActions(target, record).map((entry) => ({ verb: entry.id, label: entry.label }));
  return (
    <RowActionsMenu
      label={`Actions for ${targetDescriptors[target].noun} #${record.id}`}
      actions={actions}
      onSelect={onAction}
    />
  );
}
