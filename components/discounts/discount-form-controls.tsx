"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";

// The discount form's labelled controls. Each one names its problem or its hint through
// aria-describedby, and marks itself aria-invalid while it has a problem, as ReasonField does.

/** The element id of a form path: `usage_limits.max_subsequent_redemptions` → `discount-usage-limits-…`. */
export const fieldId = (path: string) => `discount-${path.replace(/[._]/g, "-")}`;

const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/**
 * A problem in words: Recharge and the schemas say "is required", "has already been taken", so a
 * message that does not start a sentence gets the field's name in front ("Code has already been taken").
 */
export function problemText(label: string, message: string): string {
  const readable = message.replace(/\bstarts_at\b/g, "the start");
  return /^[a-z]/.test(readable) ? `${label} ${readable}` : readable;
}

/** The line under a field: its problem when it has one, otherwise its hint. */
function FieldMessage({
  id,
  label,
  error,
  hint,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
}) {
  if (error) {
    return (
      <p id={`${id}-error`} className="text-destructive text-sm">
        {problemText(label, error)}
      </p>
    );
  }
  return hint ? (
    <p id={`${id}-hint`} className="text-muted-foreground text-xs">
      {hint}
    </p>
  ) : null;
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">;

export function TextField({
  path,
  label,
  hint,
  error,
  value,
  onChange,
  className,
  ...inputProps
}: TextInputProps & {
  path: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = fieldId(path);
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...inputProps}
      />
      <FieldMessage id={id} label={label} error={error} hint={hint} />
    </div>
  );
}

/** Native radios in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroupField<Value extends string>({
  path,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  path: string;
  legend: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: Value | "";
  onChange: (value: Value) => void;
  error?: string;
  hint?: ReactNode;
}) {
  const id = fieldId(path);
  return (
    <fieldset
      id={id}
      role="radiogroup"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, hint)}
      className="min-w-0 space-y-2"
    >
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option.value || "none"} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="size-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessage id={id} label={legend} error={error} hint={hint} />
    </fieldset>
  );
}

export function CheckboxField({
  path,
  label,
  hint,
  error,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  hint?: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId(path);
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className="mt-0.5 size-4"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <FieldMessage id={id} label={label} error={error} hint={hint} />
      </div>
    </div>
  );
}

/**
 * One group of the form, as a card: a fieldset named by its legend. `path` names the group when a
 * problem is about it as a whole (`channel_settings`): the problem shows under the legend.
 */
export function FormSection({
  legend,
  description,
  path,
  error,
  children,
}: {
  legend: string;
  description?: string;
  path?: string;
  error?: string;
  children: ReactNode;
}) {
  const id = path ? fieldId(path) : undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={id && error ? `${id}-error` : undefined}
      className="bg-card min-w-0 space-y-4 rounded-lg border p-5"
    >
      <legend className="float-left mb-1 w-full text-base font-semibold">{legend}</legend>
      <div className="clear-both space-y-4">
        {description ? <p className="text-muted-foreground text-sm">{description}</p> : null}
        {id && error ? <FieldMessage id={id} label={legend} error={error} /> : null}
        {children}
      </div>
    </fieldset>
  );
}
