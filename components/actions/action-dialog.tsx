"use client";

import { Dialog } from "radix-ui";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ActionErrorNotice } from "./action-error-notice";
import { guardAllowsConfirm, RecordChangedNotice, useActionGuard } from "./action-guard";

export interface ActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in plain words, before it happens. */
  summary: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  destructive?: boolean;
  /** The form is valid: only then can the operator confirm. */
  canConfirm: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  /** Offered when the outcome is unknown: re-read the record instead of sending again. */
  onRecheck?: () => void;
  recheckLabel?: string;
}

/**
 * The frame of every action: a Radix dialog (focus trap, Escape cancels, labelled) that states the
 * consequence, validates before confirming, locks while the request runs, and stays open with the
 * server's message on failure. It never closes itself on success: the caller does, once confirmed.
 */
export function ActionDialog(props: ActionDialogProps) {
  const { open, onOpenChange, pending } = props;
  // The record may change while the dialog is open (another operator, Recharge itself): see action-guard.
  const guard = useActionGuard();
  const canConfirm = props.canConfirm && guardAllowsConfirm(guard);
  // Dialogs mount when opened and unmount when closed, so Radix has no trigger to return focus to:
  // remember what had focus (the button or the row menu) and give it back.
  const [opener] = useState(() =>
    typeof document === "undefined" ? null : (document.activeElement as HTMLElement | null),
  );
  useEffect(() => () => opener?.focus(), [opener]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canConfirm && !pending) props.onConfirm();
  };
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          className="bg-card text-card-foreground fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border p-6 shadow-xl"
          onEscapeKeyDown={(event) => pending && event.preventDefault()}
          // Focus goes back through `opener` above, at once; Radix's own return (a tick later, to the
          // element focused at opening, or the page) would undo where RecordActions moved it when
          // the action removed that element.
          onCloseAutoFocus={(event) => event.preventDefault()}
          onPointerDownOutside={(event) => pending && event.preventDefault()}
        >
          <Dialog.Title className="text-lg font-semibold">{props.title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="text-muted-foreground mt-2 text-sm">{props.summary}</div>
          </Dialog.Description>
          <form onSubmit={submit} className="mt-5 space-y-4" noValidate>
            {guard ? <RecordChangedNotice guard={guard} /> : null}
            {props.children}
            <ActionErrorNotice
              error={props.error}
              onRecheck={props.onRecheck}
              recheckLabel={props.recheckLabel}
            />
            <div className="flex justify-end gap-2 pt-2">
              <Dialog.Close asChild>
                <Button variant="secondary" disabled={pending}>
                  Cancel
                </Button>
              </Dialog.Close>
              <Button
                type="submit"
                variant={props.destructive ? "destructive" : "primary"}
                disabled={!canConfirm || pending}
                aria-disabled={!canConfirm || pending}
              >
                {pending ? props.pendingLabel : props.confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
