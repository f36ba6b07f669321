"use client";

import type { ReactNode } from "react";
import { ApiClientError, getErrorMessage } from "@/lib/queries/api-error";

/**
 * Why the last attempt did not go through, beside the form's button (ActionErrorNotice's words,
 * for a page). When the outcome is unknown it says so and offers `recheck`; sending again from the
 * form is safe, as the same request is never applied twice.
 */
export function DiscountFormOutcome({
  error,
  submitLabel,
  recheck,
}: {
  error: unknown;
  submitLabel: string;
  recheck: ReactNode;
}) {
  if (!error) return null;
  const unknown = error instanceof ApiClientError && error.outcomeUnknown;
  const busy = error instanceof ApiClientError && (error.status === 409 || error.status === 429);
  return (
    <div
      role="alert"
      data-testid="discount-form-error"
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
          ? `Check before doing anything else. “${submitLabel}” again sends the very same request, which is never applied twice.`
          : getErrorMessage(error)}
      </p>
      {busy ? <p className="mt-1">Try again in a moment.</p> : null}
      {unknown ? <div className="mt-2">{recheck}</div> : null}
    </div>
  );
}
