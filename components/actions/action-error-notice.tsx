"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ApiClientError, getErrorMessage } from "@/lib/queries/api-error";

const DIALOG_UNKNOWN_ADVICE =
  "Re-check the record before doing anything else. Confirming again from this dialog will never apply it twice.";

/** Why an action did not go through, and what to do next (a dialog's, or a page form's). */
export function ActionErrorNotice({
  error,
  onRecheck,
  recheckLabel = "Re-check the record",
  recheck,
  unknownAdvice = DIALOG_UNKNOWN_ADVICE,
  testId = "action-error",
}: {
  error: unknown;
  onRecheck?: () => void;
  recheckLabel?: string;
  /** Instead of the Re-check button: e.g. a link to the record. */
  recheck?: ReactNode;
  /** What to do when the outcome is unknown. */
  unknownAdvice?: string;
  testId?: string;
}) {
  if (!error) return null;
  const unknown = error instanceof ApiClientError && error.outcomeUnknown;
  const busy = error instanceof ApiClientError && (error.status === 409 || error.status === 429);
  return (
    <div
      role="alert"
      data-testid={testId}
      className="border-destructive/50 bg-destructive/10 rounded-md border p-3 text-sm"
    >
      <p className="font-medium">
        {unknown
          ? "We could not confirm whether this went through."
          : busy
            ? "Recharge is busy."
            : "This did not go through."}
      </p>
      <p className="mt-1">{unknown ? unknownAdvice : getErrorMessage(error)}</p>
      {busy ? <p className="mt-1">Try again in a moment.</p> : null}
      {unknown && recheck ? <div className="mt-2">{recheck}</div> : null}
      {unknown && !recheck && onRecheck ? (
        <Button variant="secondary" size="sm" className="mt-2" onClick={onRecheck}>
          {recheckLabel}
        </Button>
      ) : null}
    </div>
  );
}
