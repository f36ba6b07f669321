"use client";

import type { ReactNode } from "react";
import { ActionDialog } from "./action-dialog";
import { ReasonField } from "./reason-field";
import type { RecordAction } from "./use-record-action";

/**
 * The frame of every catalog action's dialog (ActionDialog's rules: the consequence first, checked
 * before confirming, locked while sending, open with the server's message on failure, closed only
 * once confirmed), with what the catalog entry decides: the red confirm button, the reason field
 * (required where money moves), the re-check offered after an unknown outcome. A dialog adds only
 * its own fields, above the reason.
 */
export function RecordActionDialog({
  action,
  title,
  summary,
  confirmLabel,
  pendingLabel,
  ready = true,
  children,
}: {
  action: RecordAction;
  title: string;
  /** What will happen, in plain words, before it happens. */
  summary: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** The dialog's own conditions beyond its schema (a date after today, a balance read fresh). */
  ready?: boolean;
  children?: ReactNode;
}) {
  const { form, reasonRequired } = action;
  return (
    <ActionDialog
      open
      onOpenChange={(open) => (open ? undefined : action.close())}
      title={title}
      summary={summary}
      confirmLabel={confirmLabel}
      pendingLabel={pendingLabel}
      destructive={action.entry.destructive}
      canConfirm={form.valid && ready}
      pending={action.pending}
      error={action.error}
      onConfirm={action.confirm}
      onRecheck={action.recheck}
      recheckLabel={`Re-check ${action.noun} #${action.recordId}`}
    >
      {children}
      <ReasonField
        value={action.reason}
        onChange={action.setReason}
        required={reasonRequired}
        // A required reason is flagged once the operator has started it, not on an empty dialog.
        error={reasonRequired && !action.reason ? undefined : form.fields.reason}
      />
    </ActionDialog>
  );
}
