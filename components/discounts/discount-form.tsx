"use client";

import { useState, type ReactNode } from "react";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountFormValues } from "@/lib/schemas/discount-form-values";
import { DiscountFormErrorSummary } from "./discount-form-error-summary";
import { DiscountFormFields } from "./discount-form-fields";
import { DiscountFormSubmit } from "./discount-form-submit";
import { useDiscountForm, type DiscountFormChecker } from "./use-discount-form";

export interface DiscountFormProps<Body> {
  mode: "create" | "edit";
  initial: DiscountFormValues;
  /** checkNewDiscount or checkDiscountChanges (lib/schemas/discount-form.ts), once loaded. */
  check: DiscountFormChecker<Body>;
  url: string;
  method: "POST" | "PUT";
  submitLabel: string;
  pendingLabel: string;
  cancelHref: string;
  onSaved: (discount: Discount) => void;
  /** Offered when the outcome is unknown, given the code as typed. */
  recheck: (code: string) => ReactNode;
}

/** The one-discount form, new or edit: fields, problems as you type, the summary, one request. */
export function DiscountForm<Body>(props: DiscountFormProps<Body>) {
  const form = useDiscountForm(props.initial, props.check);
  // Each definite refusal mounts a new submit frame, and with it a new Idempotency-Key.
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<unknown>(null);
  return (
    // Focus comes before any change or send: the checks and the toast viewport load then.
    <div className="max-w-3xl space-y-6" onFocus={form.prepare}>
      {form.submitted ? <DiscountFormErrorSummary errors={form.errors} attempt={form.attempts} /> : null}
      <DiscountFormSubmit
        key={attempt}
        url={props.url}
        method={props.method}
        body={form.body}
        loadBody={form.loadBody}
        onInvalid={form.rejectInvalid}
        onRefused={(error) => {
          form.refuse(error);
          setRefusal(error);
          setAttempt((count) => count + 1);
        }}
        onSaved={props.onSaved}
        refusal={refusal}
        submitLabel={props.submitLabel}
        pendingLabel={props.pendingLabel}
        cancelHref={props.cancelHref}
        recheck={props.recheck(form.values.code.trim())}
      >
        <DiscountFormFields
          mode={props.mode}
          values={form.values}
          errors={form.errors}
          onChange={form.change}
        />
      </DiscountFormSubmit>
    </div>
  );
}
