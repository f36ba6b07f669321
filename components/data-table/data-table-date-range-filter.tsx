"use client";

import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";

/** Calendar days, `YYYY-MM-DD`, as Recharge's `<field>_min` / `<field>_max` filters take them. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

// Typing a year digit by digit passes through "0002-…", "0020-…": only plausible years apply.
function toDay(text: string): string | null | undefined {
  if (text === "") return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && Number(text.slice(0, 4)) >= 1970 ? text : undefined;
}

export interface DataTableDateRangeFilterProps {
  /** Names the pair, e.g. "Created (UTC)". */
  legend: string;
  value: DateRange;
  onChange: (range: DateRange) => void;
  className?: string;
}

/**
 * Two labelled native date inputs in a fieldset. Applies when both ends are complete dates in order;
 * a reversed range is flagged on "To" and not sent (it could only ever list nothing).
 */
export function DataTableDateRangeFilter({
  legend,
  value,
  onChange,
  className,
}: DataTableDateRangeFilterProps) {
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState({ from: value.from ?? "", to: value.to ?? "" });
  const [applied, setApplied] = useState(value);
  if (value.from !== applied.from || value.to !== applied.to) {
    setApplied(value);
    setDraft({ from: value.from ?? "", to: value.to ?? "" });
  }

  const reversed = draft.from !== "" && draft.to !== "" && draft.from > draft.to;

  const change = (field: keyof DateRange, text: string) => {
    const next = { ...draft, [field]: text };
    setDraft(next);
    const from = toDay(next.from);
    const to = toDay(next.to);
    if (from === undefined || to === undefined || (from && to && from > to)) return;
    if (from !== value.from || to !== value.to) onChange({ from, to });
  };

  const inputClass = "w-40 scheme-light-dark";
  return (
    <fieldset className={cn("flex flex-col gap-1.5", className)}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={fromId} className="text-muted-foreground text-xs font-normal">
            From
          </Label>
          <Input
            id={fromId}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => change("from", event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={toId} className="text-muted-foreground text-xs font-normal">
            To
          </Label>
          <Input
            id={toId}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? errorId : undefined}
            onChange={(event) => change("to", event.target.value)}
            className={inputClass}
          />
        </div>
      </div>
      {reversed ? (
        <p id={errorId} className="text-destructive text-xs">
          “To” is before “From”.
        </p>
      ) : null}
    </fieldset>
  );
}
