"use client";

import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";

/**
 * One labelled text field of an address dialog: its error (the dialog's check as the operator
 * types, or Recharge's reason) replaces its hint below it, and marks it invalid for assistive tech.
 */
export function DialogTextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  className,
  ...input
}: Omit<ComponentProps<"input">, "value" | "onChange" | "id"> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}) {
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        {...input}
      />
      {message ? (
        <p id={messageId} className={error ? "text-destructive text-sm" : "text-muted-foreground text-xs"}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
