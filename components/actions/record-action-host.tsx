"use client";

import type { ComponentType } from "react";
import { actionUnavailable, startingPointMoved } from "@/lib/actions/availability";
import type { TargetWithActions } from "@/lib/actions/catalog";
import type { ActionDialogs, OpenActionProps } from "./action-dialog-types";
import { ActionGuardContext } from "./action-guard";
import { recordBinding } from "./record-targets";
import { useWatchedRecord } from "./use-watched-record";

/**
 * Opens exactly one action dialog; each opening mounts it afresh (new form, new Idempotency-Key).
 * The dialog works on the newest reading of the record and warns when it changed since it opened
 * (use-watched-record.ts); the catalog says whether the action still applies to it.
 */
export function RecordActionHost<T extends TargetWithActions>({
  target,
  dialogs,
  record,
  action,
  onClose,
}: OpenActionProps<T> & { target: T; dialogs: ActionDialogs<T> }) {
  const binding = recordBinding(target);
  const { current, ...guard } = useWatchedRecord({
    noun: target,
    record,
    detailQuery: binding.detailQuery(record.id),
    related: binding.related?.(record),
    unavailableIn: (now, opened) => actionUnavailable(action, now) ?? startingPointMoved(action, opened, now),
  });
  // Each id has its dialog (ActionDialogs); TypeScript cannot follow the generic id to it.
  const Dialog = dialogs[action] as ComponentType<OpenActionProps<T>>;
  return (
    <ActionGuardContext value={guard}>
      <Dialog action={action} record={current} onClose={onClose} />
    </ActionGuardContext>
  );
}
