"use client";

import { useEffect, useRef } from "react";
import { FORM_PATH, discountFormPaths } from "@/lib/schemas/discount-form-values";
import { fieldId, problemText } from "./discount-form-controls";
import { discountFieldLabels } from "./discount-form-fields";

// ReasonField is shared with the dialogs and keeps its own id.
const elementId = (path: string) => (path === discountFormPaths.reason ? "action-reason" : fieldId(path));

/** Moves the focus to a field: the input itself, or the first one of a group. */
function focusField(path: string) {
  const element = document.getElementById(elementId(path));
  const target = element?.matches("input, select, textarea")
    ? element
    : element?.querySelector<HTMLElement>("input:not([disabled]), select, textarea");
  target?.focus();
}

/**
 * What stops the form from being sent, above it: each problem links to its field. It takes the
 * focus on every attempt to send (`attempt`), so a keyboard or screen-reader user starts from it.
 */
export function DiscountFormErrorSummary({
  errors,
  attempt,
}: {
  errors: Readonly<Record<string, string>>;
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  useEffect(() => {
    if (attempt > 0 && shown) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="discount-form-summary-title"
      data-testid="discount-form-summary"
      className="border-destructive/50 bg-destructive/10 rounded-md border p-4 text-sm outline-none focus-visible:ring-2"
    >
      <h2 id="discount-form-summary-title" className="font-medium">
        {entries.length === 1
          ? "1 problem stops this from being sent"
          : `${entries.length} problems stop this from being sent`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([path, message]) => (
          <li key={path}>
            {path === FORM_PATH ? (
              message
            ) : (
              <a
                href={`#${elementId(path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(path);
                }}
                className="underline underline-offset-4"
              >
                {problemText(discountFieldLabels[path] ?? path, message)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
