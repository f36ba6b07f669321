"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/lib/utils/cn";

export interface SelectFilterOption<Value extends string> {
  value: Value;
  label: string;
}

export interface DataTableSelectFilterProps<Value extends string> {
  label: string;
  value: Value | null;
  options: ReadonlyArray<SelectFilterOption<Value>>;
  /** null when "all" is chosen. */
  onChange: (value: Value | null) => void;
  /** The no-filter option's text. */
  allLabel?: string;
  className?: string;
}

/**
 * A labelled single-choice filter on a native `<select>`: the browser supplies keyboard, screen
 * reader and touch behaviour, and statuses are short lists that need no search box.
 */
export function DataTableSelectFilter<Value extends string>({
  label,
  value,
  options,
  onChange,
  allLabel = "All",
  className,
}: DataTableSelectFilterProps<Value>) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect
        id={id}
        value={value ?? ""}
        onChange={(event) =>
          onChange(options.find((option) => option.value === event.target.value)?.value ?? null)
        }
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
