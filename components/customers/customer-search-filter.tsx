"use client";

import { useId, useState } from "react";
import { TEXT_FILTER_DEBOUNCE_MS } from "@/components/data-table/data-table-text-filter";
import { useDebouncedCallback } from "@/components/data-table/use-debounced-callback";
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
  const appliedText = searchText(value);
  const [draft, setDraft] = useState(appliedText);
  const [applied, setApplied] = useState(appliedText);
  // The URL changed from elsewhere (Clear filters, Back): show it, unless the draft already means it.
  if (appliedText !== applied) {
    setApplied(appliedText);
    if (searchText(searchFilters(parseCustomerSearch(draft))) !== appliedText) setDraft(appliedText);
  }

  const apply = useDebouncedCallback((text: string) => {
    const search = parseCustomerSearch(text);
    if (search.kind === "invalid") return;
    const next = searchFilters(search);
    if (next.email !== value.email || next.ids !== value.ids) onChange(next);
  }, TEXT_FILTER_DEBOUNCE_MS);

  const invalid = parseCustomerSearch(draft).kind === "invalid";
  return (
    <div className="flex w-full max-w-sm flex-col gap-1.5">
      <Label htmlFor={inputId}>Find customer</Label>
      <Input
        id={inputId}
        type="search"
        value={draft}
        placeholder="name@example.com or 93415041"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          apply.schedule(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply.flush();
        }}
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
