"use client";

import { useState, type ChangeEvent, type KeyboardEvent } from "react";
import { useDebouncedCallback } from "./use-debounced-callback";

export const TEXT_FILTER_DEBOUNCE_MS = 300;

/** What a filter box's text means: a value to apply, or text that must not be applied. */
export type FilterReading<Value> = { ok: true; value: Value } | { ok: false };

export interface FilterDraftOptions<Value> {
  /** The applied value, from the URL. */
  value: Value;
  /** How the applied value is written in the box. */
  toText: (value: Value) => string;
  /** Reads typed text. Text read as not ok is flagged (`invalid`) and never applied. */
  read: (text: string) => FilterReading<Value>;
  /** Whether two values are the same filter (no new request, no paging restart). */
  same: (a: Value, b: Value) => boolean;
  onChange: (value: Value) => void;
  debounceMs?: number;
}

/**
 * The typed text of a filter box and how it reaches the URL, shared by every debounced filter:
 * applied once typing pauses (or on Enter), only when it reads as a value and differs from the
 * applied one; and when the URL changes from elsewhere (Clear filters, Back) the box shows it,
 * unless what is typed already means the same (so a trailing space being typed survives).
 */
export function useFilterDraft<Value>({
  value,
  toText,
  read,
  same,
  onChange,
  debounceMs = TEXT_FILTER_DEBOUNCE_MS,
}: FilterDraftOptions<Value>) {
  const appliedText = toText(value);
  const [draft, setDraft] = useState(appliedText);
  const [applied, setApplied] = useState(appliedText);
  if (appliedText !== applied) {
    setApplied(appliedText);
    const typed = read(draft);
    if (!typed.ok || !same(typed.value, value)) setDraft(appliedText);
  }

  const apply = useDebouncedCallback((text: string) => {
    const next = read(text);
    if (next.ok && !same(next.value, value)) onChange(next.value);
  }, debounceMs);

  return {
    invalid: !read(draft).ok,
    /** Spread onto the <Input>. */
    inputProps: {
      value: draft,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setDraft(event.target.value);
        apply.schedule(event.target.value);
      },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === "Enter") apply.flush();
      },
    },
  };
}
