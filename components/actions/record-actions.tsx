"use client";

import Link from "next/link";
import { useState, type ComponentType } from "react";
import { usePublishRecordActions } from "@/components/palette/published-actions";
import { Button, buttonClassName } from "@/components/ui/button";
import { noActionsMessage } from "@/lib/actions/availability";
import type { DialogActionIdFor, TargetWithActions } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import type { OpenActionProps } from "./action-dialog-types";
import { useRecordActions, type OfferedAction } from "./use-record-actions";

/**
 * A record's Actions panel: a button (a link for one with a page of its own) per catalog action this
 * operator may take on it now, or why there is none (`data-testid="<target>-no-actions"`). An open
 * dialog stays open when the record changes under it (even if no action is left): it says what
 * happened instead of vanishing.
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
  const [open, setOpen] = useState<DialogActionIdFor<T> | null>(null);
  // The command palette offers the same actions and opens them through the same state.
  usePublishRecordActions(target, record.id, available, setOpen);
  return (
    <>
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid={`${target}-no-actions`}>
          {noActionsMessage(target, record)}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {available.map((entry) => (
            <OfferedActionControl key={entry.id} entry={entry} onOpen={setOpen} />
          ))}
        </div>
      )}
      {open ? <Dialog record={record} action={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

/** A button that opens the action's dialog, or a link to its page (an edit form: catalog `page`). */
function OfferedActionControl<T extends TargetWithActions>({
  entry,
  onOpen,
}: {
  entry: OfferedAction<T>;
  onOpen: (action: DialogActionIdFor<T>) => void;
}) {
  const variant = entry.destructive ? "destructive" : "secondary";
  const { opens } = entry;
  if ("page" in opens) {
    return (
      <Link href={opens.page} className={buttonClassName({ variant })}>
        {entry.label}
      </Link>
    );
  }
  return (
    <Button variant={variant} onClick={() => onOpen(opens.dialog)}>
      {entry.label}
    </Button>
  );
}
