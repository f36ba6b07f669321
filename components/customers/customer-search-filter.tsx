"use client";

import { useId } from "react";
import { useFilterDraft } from "@/components/data-table/use-filter-draft";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { parseCustomerSearch, searchFilters, searchHint, searchText } from "./customer-search";

type SearchFilters = { email: string | null; ids: string | null };

export interface CustomerSearchFilterProps {
  /** The applied filters (from the URL). */
  value: SearchFilters;
  /** Called once typing pauses (or on Enter) with both filters; never for text that is neither. */
  onChange: (filters: SearchFilters) => void;
}

/**
 * "Find customer": one box for Recharge's exact `email` filter or its `ids` filter, chosen by what
 * was typed. The hint below says which one the list shows, or why the text was not searched.
 */
export function CustomerSearchFilter({ value, onChange }: CustomerSearchFilterProps) {
  const inputId = useId();
  const hintId = useId();
  const { invalid, inputProps } = useFilterDraft({
    value,
    toText: searchText,
    read: (text) => {
      const search = parseCustomerSearch(text);
      return search.kind === "invalid" ? { ok: false } : { ok: true, value: searchFilters(search) };
    },
    same: (a, b) => a.email === b.email && a.ids === b.ids,
    onChange,
  });
  return (
    <div className="flex w-full max-w-sm flex-col gap-1.5">
      <Label htmlFor={inputId}>Find customer</Label>
      <Input
        id={inputId}
        type="search"
        placeholder="name@example.com or 93415041"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        {...inputProps}
      />
      <p
        id={hintId}
        aria-live="polite"
        data-testid="customer-search-hint"
        className={invalid ? "text-destructive text-xs" : "text-muted-foreground text-xs"}
      >
        {searchHint(value, !invalid)}
      </p>
    </div>
  );
}
