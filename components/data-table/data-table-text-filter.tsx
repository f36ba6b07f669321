"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { useFilterDraft } from "./use-filter-draft";

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
  debounceMs,
  className,
}: DataTableTextFilterProps) {
  const id = useId();
  const { inputProps } = useFilterDraft({
    value,
    toText: (applied) => applied ?? "",
    read: (text) => ({ ok: true, value: normalize(text) }),
    same: (a, b) => a === b,
    onChange,
    debounceMs,
  });
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type={type}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
      />
    </div>
  );
}
