"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import { ApiClientError } from "@/lib/queries/api-error";
import { auditQueries } from "@/lib/queries/audit";
import { discountQueries } from "@/lib/queries/discounts";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { DiscountFormOutcome } from "./discount-form-outcome";

export interface DiscountFormSubmitProps<Body> {
  /** The BFF route and method: `POST /api/discounts` or `PUT /api/discounts/{id}`. */
  url: string;
  method: "POST" | "PUT";
  /** What to send; null while the form has a problem, and then nothing is sent; undefined until checked. */
  body: Body | null | undefined;
  /** The body once the form's checks have loaded: what a send waits for when they have not yet. */
  loadBody: () => Promise<Body | null>;
  onInvalid: () => void;
  /** A definite refusal: the caller shows it and mounts a fresh frame (a fresh Idempotency-Key). */
  onRefused: (error: unknown) => void;
  /** The record as Recharge confirmed it. */
  onSaved: (discount: Discount) => void;
  /** The refusal of the previous frame, shown until the next answer. */
  refusal: unknown;
  submitLabel: string;
  pendingLabel: string;
  cancelHref: string;
  /** Offered when the outcome is unknown: where to see what Recharge has now. */
  recheck: ReactNode;
  children: ReactNode;
}

/**
 * The discount form's `<form>` and its one request (ActionDialog's rules, on a page): sent only when
 * valid, at most once per Idempotency-Key, with the fields locked while it runs. After an unknown
 * outcome the fields stay locked and sending again reuses the key, so the BFF answers from its record
 * of the first attempt and never sends a second create. After a definite refusal the caller mounts
 * a new frame: the BFF keeps a refused answer under its key, and the corrected form is another request.
 */
export function DiscountFormSubmit<Body>(props: DiscountFormSubmitProps<Body>) {
  const { onRefused } = props;
  const mutation = useActionMutation<Body, Discount>({
    url: props.url,
    method: props.method,
    invalidates: [discountQueries.keys.lists(), auditQueries.keys.all],
    onSuccess: props.onSaved,
  });
  const unknown = mutation.error instanceof ApiClientError && mutation.error.outcomeUnknown;
  useEffect(() => {
    if (mutation.error && !unknown) onRefused(mutation.error);
  }, [mutation.error, unknown, onRefused]);

  // A refusal mounts this frame anew, and the button the admin pressed went with the old one: give
  // the focus to this one, unless the error summary took it.
  const formRef = useRef<HTMLFormElement>(null);
  const [afterRefusal] = useState(() => props.refusal !== null);
  useEffect(() => {
    if (afterRefusal && document.activeElement === document.body)
      formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [afterRefusal]);

  // A confirmed answer navigates away: the form stays locked until it has.
  const pending = mutation.isPending || mutation.isSuccess;
  const sendIfValid = (body: Body | null) => (body === null ? props.onInvalid() : mutation.send(body));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (props.body !== undefined) return sendIfValid(props.body);
    // Sent before the checks arrived (they load on the form's first focus): send once they have.
    void props.loadBody().then(sendIfValid, props.onInvalid);
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending || unknown} className="min-w-0 space-y-6">
        {props.children}
      </fieldset>
      <DiscountFormOutcome
        error={pending ? null : (mutation.error ?? props.refusal)}
        submitLabel={props.submitLabel}
        recheck={props.recheck}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? props.pendingLabel : props.submitLabel}
        </Button>
        <Link href={props.cancelHref} className={buttonClassName({ variant: "secondary" })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
