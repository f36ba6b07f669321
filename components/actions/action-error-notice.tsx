"use client";

import { Button } from "@/components/ui/button";
import { ApiClientError, getErrorMessage } from "@/lib/queries/api-error";

/** Why an action did not go through, and what to do next. */
export function ActionErrorNotice({
  error,
  onRecheck,
  recheckLabel = "Re-check the record",
}: {
  error: unknown;
  onRecheck?: () => void;
  recheckLabel?: string;
}) {
  if (!error) return null;
  const unknown = error instanceof ApiClientError && error.outcomeUnknown;
  const busy = error instanceof ApiClientError && (error.status === 409 || error.status === 429);
  return (
    <div
      role="alert"
      data-testid="action-error"
      className="border-destructive/50 bg-destructive/10 rounded-md border p-3 text-sm"
    >
      <p className="font-medium">
        {unknown
          ? "We could not confirm whether this went through."
          : busy
            ? "Recharge is busy."
            : "This did not go through."}
      </p>
      <p className="mt-1">
        {unknown
          ? "Re-check the record before doing anything else. Confirming again from this dialog will never apply it twice."
          : getErrorMessage(error)}
      </p>
      {busy ? <p className="mt-1">Try again in a moment.</p> : null}
      {unknown && onRecheck ? (
        <Button variant="secondary" size="sm" className="mt-2" onClick={onRecheck}>
          {recheckLabel}
        </Button>
      ) : null}
    </div>
  );
}
