"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
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
  const { panel, afterDialog } = useFocusHandoff();
  // What had focus when the dialog opened (its button, or the palette's input): where focus returns.
  const opener = useRef<Element | null>(null);
  const openDialog = useCallback((action: DialogActionIdFor<T>) => {
    opener.current = document.activeElement;
    setOpen(action);
  }, []);
  const close = useCallback(() => {
    setOpen(null);
    afterDialog(opener.current);
  }, [afterDialog]);
  // The command palette offers the same actions and opens them the same way.
  usePublishRecordActions(target, record.id, available, openDialog);
  return (
    <>
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid={`${target}-no-actions`}>
          {noActionsMessage(target, record)}
        </p>
      ) : (
        <div ref={panel} className="flex flex-wrap gap-2">
          {available.map((entry) => (
            <OfferedActionControl key={entry.id} entry={entry} onOpen={openDialog} />
          ))}
        </div>
      )}
      {open ? <Dialog record={record} action={open} onClose={close} /> : null}
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

const focusIsLost = () => document.activeElement === null || document.activeElement === document.body;

/** How long after a dialog closes a lost focus is still handed to the panel (the re-read's time). */
const HANDOFF_WINDOW_MS = 5_000;

/**
 * A dialog gives focus back to the button that opened it; but a done action often swaps that button
 * for its opposite (Skip → Unskip, Apply discount → Remove discount), before the dialog closes or when
 * the re-read arrives just after, and a keyboard user would be thrown back to the top of the page.
 * For a few seconds after a dialog closes, focus that is lost goes back to the panel: to the opener
 * while it is there, else to the first action; until the operator moves on (focus outside the panel,
 * or a click anywhere). Checked each frame rather than on one event, and not stopped by one hand-off:
 * the dialog's unmount, Radix's focus return and the re-read land in no fixed order, and the opener
 * given focus may be removed a frame later (both seen in e2e runs).
 */
function useFocusHandoff() {
  const panel = useRef<HTMLDivElement>(null);
  const stopWatching = useRef<() => void>(() => {});
  const afterDialog = useCallback((opener: Element | null) => {
    stopWatching.current();
    const until = performance.now() + HANDOFF_WINDOW_MS;
    let frame = 0;
    const stop = () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("pointerdown", stop, true);
    };
    const check = () => {
      const active = document.activeElement;
      if (focusIsLost()) {
        const target =
          opener instanceof HTMLElement && opener.isConnected && panel.current?.contains(opener)
            ? opener
            : panel.current?.querySelector<HTMLElement>("a[href], button:not([disabled])");
        target?.focus();
      } else if (active && !panel.current?.contains(active) && !active.closest("[role=dialog]")) {
        return stop();
      }
      if (performance.now() < until) frame = requestAnimationFrame(check);
      else stop();
    };
    document.addEventListener("pointerdown", stop, true);
    frame = requestAnimationFrame(check);
    stopWatching.current = stop;
  }, []);
  useEffect(() => () => stopWatching.current(), []);
  return { panel, afterDialog };
}
