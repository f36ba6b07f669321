"use client";

import { useState, type ComponentType } from "react";
import { Button } from "@/components/ui/button";
import { noActionsMessage } from "@/lib/actions/availability";
import type { TargetWithActions } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import type { OpenActionProps } from "./action-dialog-types";
import { useRecordActions, type OfferedAction } from "./use-record-actions";

/**
 * A record's Actions panel: a button per catalog action this operator may take on it now, or why
 * there is none (`data-testid="<target>-no-actions"`). An open dialog stays open when the record
 * changes under it (even if no action is left): it says what happened instead of vanishing.
 */
export function RecordActions<T extends TargetWithActions>({
  target,
  record,
  dialog: Dialog,
}: {
  target: T;
  record: TargetRecords[T];
  /** The target's lazily loaded dialogs (lazy-action-dialog.tsx). */
  dialog: ComponentType<OpenActionProps<T>>;
}) {
  const available = useRecordActions(target, record);
  const [open, setOpen] = useState<OfferedAction<T> | null>(null);
  return (
    <>
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid={`${target}-no-actions`}>
          {noActionsMessage(target, record)}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {available.map((entry) => (
            <Button
              key={entry.id}
              variant={entry.destructive ? "destructive" : "secondary"}
              onClick={() => setOpen(entry)}
            >
              {entry.label}
            </Button>
          ))}
        </div>
      )}
      {open ? <Dialog record={record} action={open.id} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
