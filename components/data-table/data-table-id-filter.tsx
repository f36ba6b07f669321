"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { useFilterDraft } from "./use-filter-draft";

const ID = /^\d{1,15}$/;

// "#312877501" is how ids are printed across the dashboard, so a pasted "#" is accepted.
const normalize = (text: string): string | null => {
  const trimmed = text.trim().replace(/^#/, "");
  return trimmed === "" ? null : trimmed;
};

export interface DataTableIdFilterProps {
  label: string;
  /** Always visible under the box and read as its description, e.g. "Exact id, e.g. 312877501". */
  hint: string;
  /** The applied id (from the URL). */
  value: string | null;
  /** Called with a valid id after typing pauses (or on Enter); null when emptied. */
  onChange: (value: string | null) => void;
  className?: string;
}

/**
 * A debounced filter for one exact numeric id (a customer, a subscription). Anything but digits is
 * flagged and never applied: the URL parser would drop it, and the table would silently show the
 * unfiltered list instead.
 * The hint hangs below the box so it does not push the box out of line with the other filters.
 */
export function DataTableIdFilter({ label, hint, value, onChange, className }: DataTableIdFilterProps) {
  const inputId = useId();
  const hintId = useId();
  const { invalid, inputProps } = useFilterDraft({
    value,
    toText: (applied) => applied ?? "",
    read: (text) => {
      const id = normalize(text);
      return id === null || ID.test(id) ? { ok: true, value: id } : { ok: false };
    },
    same: (a, b) => a === b,
    onChange,
  });

  return (
    <div className={cn("relative flex flex-col gap-1.5", className)}>
      <Label htmlFor={inputId}>{label}</Label>
      <Input
        id={inputId}
        type="search"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={hintId}
        className="w-44"
        {...inputProps}
      />
      <p
        id={hintId}
        className={cn(
          "absolute top-full left-0 mt-1 text-xs whitespace-nowrap",
          invalid ? "text-destructive" : "text-muted-foreground",
        )}
      >
        {invalid ? "Only digits: an id is a number." : hint}
      </p>
    </div>
  );
}
