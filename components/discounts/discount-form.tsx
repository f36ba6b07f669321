"use client";

import { useState, type ReactNode } from "react";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountFormCheck } from "@/lib/schemas/discount-form";
import type { DiscountFormValues } from "@/lib/schemas/discount-form-values";
import { DiscountFormErrorSummary } from "./discount-form-error-summary";
import { DiscountFormFields } from "./discount-form-fields";
import { DiscountFormSubmit } from "./discount-form-submit";
import { useDiscountForm } from "./use-discount-form";

export interface DiscountFormProps<Body> {
  mode: "create" | "edit";
  initial: DiscountFormValues;
  /** checkNewDiscount or checkDiscountChanges (lib/schemas/discount-form.ts). */
  check: (values: DiscountFormValues) => DiscountFormCheck<Body>;
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
    <div className="max-w-3xl space-y-6">
      {form.submitted ? <DiscountFormErrorSummary errors={form.errors} attempt={form.attempts} /> : null}
      <DiscountFormSubmit
        key={attempt}
        url={props.url}
        method={props.method}
        body={form.body}
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
