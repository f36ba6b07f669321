"use client";

import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { useDebouncedCallback } from "./use-debounced-callback";

export const TEXT_FILTER_DEBOUNCE_MS = 300;

const normalize = (text: string): string | null => (text.trim() === "" ? null : text.trim());

export interface DataTableTextFilterProps {
  /** Visible label, e.g. "Email". */
  label: string;
  /** The applied value (from the URL). */
  value: string | null;
  /** Called 300 ms after typing stops (or on Enter) with the trimmed value; null when emptied. */
  onChange: (value: string | null) => void;
  type?: "search" | "email" | "text";
  placeholder?: string;
  debounceMs?: number;
  className?: string;
}

/** A labelled text filter that applies as you type, debounced so each pause costs one request. */
export function DataTableTextFilter({
  label,
  value,
  onChange,
  type = "search",
  placeholder,
  debounceMs = TEXT_FILTER_DEBOUNCE_MS,
  className,
}: DataTableTextFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? "");
  const [applied, setApplied] = useState(value);
  // The URL changed from elsewhere (Clear filters, Back): show it, unless the draft already means it
  // (keeps a trailing space the user is typing through).
  if (value !== applied) {
    setApplied(value);
    if (normalize(draft) !== value) setDraft(value ?? "");
  }

  const apply = useDebouncedCallback((text: string) => {
    const next = normalize(text);
    // Unchanged after trimming: do not restart paging for a typed space.
    if (next !== value) onChange(next);
  }, debounceMs);

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type={type}
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setDraft(event.target.value);
          apply.schedule(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply.flush();
        }}
      />
    </div>
  );
}
