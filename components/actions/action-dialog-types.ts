import type { ComponentType } from "react";
import type { DialogActionIdFor, TargetWithActions } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";

/**
 * What every action dialog is given: which of its target's actions (a dialog may serve several, e.g.
 * skip and unskip), the newest reading of the record, and how to close.
 */
export interface ActionDialogProps<
  T extends TargetWithActions,
  Id extends DialogActionIdFor<T> = DialogActionIdFor<T>,
> {
  action: Id;
  record: TargetRecords[T];
  onClose: () => void;
}

/** One dialog per action of a target (not those taken on a page of their own: catalog `page`). */
export type ActionDialogs<T extends TargetWithActions> = {
  [Id in DialogActionIdFor<T>]: ComponentType<ActionDialogProps<T, Id>>;
};

/** What opens one action's dialog on a record (see lazy-action-dialog.tsx). */
export interface OpenActionProps<T extends TargetWithActions> {
  record: TargetRecords[T];
  action: DialogActionIdFor<T>;
  onClose: () => void;
}
