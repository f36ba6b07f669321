"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import { useToast } from "@/components/layout/use-toast";
import { actionInputs } from "@/lib/actions/action-inputs";
import {
  actionEntry,
  actionUrl,
  needsReason,
  type ActionId,
  type EntryOf,
  type TargetOf,
} from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import { targetDescriptors } from "@/lib/actions/targets";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import { recordBinding } from "./record-targets";
import { validateWith } from "./use-form-validation";

type RecordOf<Id extends ActionId> = TargetRecords[TargetOf<Id>];
/** What the route answers: the record after the change, or null once it is deleted (a DELETE). */
type AnswerOf<Id extends ActionId> = EntryOf<Id> extends { method: "DELETE" } ? null : RecordOf<Id>;

export interface RecordActionOptions<Id extends ActionId> {
  /** The dialog's own fields, as the body names them; the reason is added here. */
  values: Readonly<Record<string, unknown>>;
  /** The toast once the server confirmed; null for none (the dialog says the outcome itself). */
  successMessage: (updated: AnswerOf<Id>) => string | null;
  onClose: () => void;
  /** What a confirmed answer does; the dialog closes unless this decides otherwise (a declined card). */
  onConfirmed?: (updated: AnswerOf<Id>) => void;
}

/**
 * One catalog action on one record, for its dialog: the body checked as the operator types with the
 * route's own schema (the server's field messages merged in), the reason the entry asks for, and the
 * request, sent at most once per opened dialog (one Idempotency-Key: use-action-mutation.ts). On a
 * confirmed answer the record's detail is replaced at once and every view that may show it refreshes.
 */
export function useRecordAction<Id extends ActionId>(
  id: Id,
  record: RecordOf<Id>,
  options: RecordActionOptions<Id>,
) {
  const entry = actionEntry(id);
  const binding = recordBinding(entry.target);
  const { noun } = targetDescriptors[entry.target];
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState("");
  const mutation = useActionMutation<unknown, AnswerOf<Id>>({
    url: actionUrl(entry, record.id),
    method: entry.method,
    invalidates: binding.invalidates,
    onSuccess: (updated) => {
      // A deleted record's detail is left to the dialog, which leaves its page (onConfirmed).
      if (updated !== null) queryClient.setQueryData(binding.detailKey(record.id), updated);
      const message = options.successMessage(updated);
      if (message) toast.success(message);
      if (options.onConfirmed) options.onConfirmed(updated);
      else options.onClose();
    },
  });
  const schema: z.ZodType = actionInputs[id];
  const form = validateWith(schema, { ...options.values, reason }, mutation.error);
  return {
    entry,
    noun,
    recordId: record.id,
    form,
    reason,
    setReason,
    reasonRequired: needsReason(entry),
    pending: mutation.isPending,
    error: mutation.error,
    confirm: () => {
      if (form.valid) mutation.send(form.data);
    },
    /** After an unknown outcome: re-read the record instead of sending again. */
    recheck: () => {
      void queryClient.invalidateQueries({ queryKey: binding.detailKey(record.id) });
      toast.info(`Re-reading ${noun} #${record.id} from Recharge…`);
    },
    close: options.onClose,
  };
}

export type RecordAction = ReturnType<typeof useRecordAction>;
