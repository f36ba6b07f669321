"use client";

import type { ReactNode } from "react";
import { ActionErrorNotice } from "@/components/actions/action-error-notice";

/**
 * Why the last attempt did not go through, beside the form's button: the dialogs' notice, worded for
 * a page. When the outcome is unknown it offers `recheck`; sending again from the form is safe, as
 * the same request is never applied twice.
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
  return (
    <ActionErrorNotice
      error={error}
      recheck={recheck}
      unknownAdvice={`Check before doing anything else. “${submitLabel}” again sends the very same request, which is never applied twice.`}
      testId="discount-form-error"
    />
  );
}
