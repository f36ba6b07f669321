"use client";

import { Label } from "@/components/ui/label";

/** Why the operator acts: kept in the audit log; required where money moves. */
export function ReasonField({
  value,
  onChange,
  required,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  error?: string;
}) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor="action-reason">
        Reason{" "}
        {required ? (
          <span aria-hidden="true">*</span>
        ) : (
          <span className="text-muted-foreground">(optional)</span>
        )}
      </Label>
      <textarea
        id="action-reason"
        name="reason"
        rows={2}
        required={required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "action-reason-error" : "action-reason-hint"}
        className="border-input bg-background aria-[invalid=true]:border-destructive w-full rounded-md border px-3 py-2 text-sm"
      />
      {error ? (
        <p id="action-reason-error" className="text-destructive text-sm">
          {error}
        </p>
      ) : (
        <p id="action-reason-hint" className="text-muted-foreground text-xs">
          Kept in the audit log with your name.
        </p>
      )}
    </div>
  );
}
