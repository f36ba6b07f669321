"use client";

import { useCallback, useState } from "react";
import { requestToaster } from "@/components/layout/toaster-demand";
import { ApiClientError } from "@/lib/queries/api-error";
import type { DiscountFormCheck } from "@/lib/schemas/discount-form";
import {
  discountFormPaths,
  FORM_PATH,
  toFormPath,
  type DiscountFormValues,
} from "@/lib/schemas/discount-form-values";
import { discountChecks, type DiscountChecks } from "./discount-checks";

/** Every form path in the order the form shows them, the form as a whole last. */
const pathOrder: readonly string[] = [...Object.values(discountFormPaths), FORM_PATH];

/** One way of checking the form (new or edit), given the loaded checks. */
export type DiscountFormChecker<Body> = (
  checks: DiscountChecks,
  values: DiscountFormValues,
) => DiscountFormCheck<Body>;

// Shown, like every problem, once the admin tried to send: the checks never arrived.
const CHECKS_UNAVAILABLE = "The form could not be checked: check your connection and send it again.";

/**
 * The discount form's state: its values, checked on every change with `check` (the schemas the
 * batches use), and which problems to show. A field's problem shows once the admin has changed that
 * field, every problem once they tried to send; Recharge's own field messages (a 422) show at their
 * fields until the field is changed again. The checks load on the form's first focus (`prepare`),
 * which also mounts the toast viewport for the toast a save raises.
 */
export function useDiscountForm<Body>(initial: DiscountFormValues, check: DiscountFormChecker<Body>) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<Readonly<Record<string, string>>>({});
  const [submitted, setSubmitted] = useState(false);
  // Bumped on every failed attempt: the error summary takes the focus each time.
  const [attempts, setAttempts] = useState(0);
  const [checks, setChecks] = useState<DiscountChecks | null>(discountChecks.loaded);
  const [checksFailed, setChecksFailed] = useState(false);
  const result = checks ? check(checks, values) : null;

  const loadChecks = useCallback(
    () =>
      discountChecks.load().then(
        (loaded) => {
          setChecks(loaded);
          setChecksFailed(false);
          return loaded;
        },
        (error: unknown) => {
          setChecksFailed(true);
          throw error;
        },
      ),
    [],
  );

  const change = (patch: Partial<DiscountFormValues>) => {
    const changed: string[] = (Object.keys(patch) as (keyof DiscountFormValues)[]).map(
      (key) => discountFormPaths[key],
    );
    setValues((current) => ({ ...current, ...patch }));
    setTouched((current) => new Set([...current, ...changed]));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !changed.includes(path))),
    );
  };

  const problems = result?.errors ?? (checksFailed ? { [FORM_PATH]: CHECKS_UNAVAILABLE } : {});
  const errors: Record<string, string> = {};
  for (const path of pathOrder) {
    const shown = submitted || touched.has(path) ? problems[path] : undefined;
    const message = serverErrors[path] ?? shown;
    if (message) errors[path] = message;
  }

  return {
    values,
    change,
    /**
     * The body to send, or null while the form has a problem (then nothing is sent); undefined until
     * the checks have loaded.
     */
    body: result ? result.body : undefined,
    /** The body as `body` says, once the checks have loaded: a send before they arrived waits for them. */
    loadBody: () => loadChecks().then((loaded) => check(loaded, values).body),
    /** The admin is about to use the form: fetch its checks and mount the toast viewport. */
    prepare: () => {
      requestToaster();
      if (!checks) void loadChecks().catch(() => undefined);
    },
    errors,
    submitted,
    attempts,
    /** The admin tried to send a form with problems: show them all. */
    rejectInvalid: () => {
      setSubmitted(true);
      setAttempts((count) => count + 1);
    },
    /** The server refused: its field messages go to their fields. */
    refuse: (error: unknown) => {
      setServerErrors(serverFieldErrors(error));
      setSubmitted(true);
      setAttempts((count) => count + 1);
    },
  };
}

/** A 422's field messages by form path, the first per path ("Idempotency-Key" and the like: the form). */
function serverFieldErrors(error: unknown): Record<string, string> {
  const fields = error instanceof ApiClientError ? error.fields : undefined;
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const message = messages[0];
    if (message) errors[toFormPath(path)] ??= message;
  }
  return errors;
}
