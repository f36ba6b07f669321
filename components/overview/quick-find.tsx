"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { quickFindKinds, quickFindLabels, quickFindTarget, type QuickFindKind } from "./quick-find-target";

const HINT = "An id opens the record; an email or a code opens the list filtered to exactly it.";

/**
 * "Go to": where an operator starts when a customer writes in. Pick what kind of record, type its id
 * (or the customer's email, or the discount code), press Enter. Text that cannot be that kind of
 * record is flagged inline and goes nowhere.
 */
export function QuickFind() {
  const router = useRouter();
  const [kind, setKind] = useState<QuickFindKind>("customer");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  // The record's page renders on the server, which may wait on Recharge: say so until it arrives.
  const [opening, startOpening] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const kindId = useId();
  const inputId = useId();
  const hintId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (opening) return;
    const target = quickFindTarget(kind, text);
    if (!target.ok) {
      setError(target.message);
      input.current?.focus();
      return;
    }
    startOpening(() => router.push(target.href));
  }

  return (
    <form
      role="search"
      aria-label="Go to a record"
      onSubmit={submit}
      noValidate
      className="bg-card flex flex-col gap-3 rounded-lg border p-5"
    >
      <h2 className="text-base font-semibold">Go to</h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={kindId}>Record</Label>
          <NativeSelect
            id={kindId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as QuickFindKind);
              setError(null);
            }}
          >
            {quickFindKinds.map((each) => (
              <option key={each} value={each}>
                {quickFindLabels[each].label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex min-w-56 flex-1 flex-col gap-1.5">
          <Label htmlFor={inputId}>
            {kind === "discount" ? "Code" : kind === "customer" ? "Id or email" : "Id"}
          </Label>
          <Input
            ref={input}
            id={inputId}
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={quickFindLabels[kind].placeholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={hintId}
          />
        </div>
        <Button
          type="submit"
          className="aria-disabled:opacity-50"
          // aria-disabled, not disabled: keeps focus on the button while the page opens.
          aria-disabled={opening || undefined}
        >
          {opening ? "Opening…" : "Go"}
        </Button>
      </div>
      <p
        id={hintId}
        aria-live="polite"
        className={error ? "text-destructive text-xs" : "text-muted-foreground text-xs"}
      >
        {error ?? HINT}
      </p>
    </form>
  );
}
