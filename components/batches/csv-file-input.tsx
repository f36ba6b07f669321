"use client";

import { Upload } from "lucide-react";
import { useId, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useHydrated } from "@/components/layout/use-hydrated";
import { cn } from "@/lib/utils/cn";

export interface ChosenCsv {
  name: string;
  /** File bytes (decoded as strict UTF-8 in the worker), or pasted text. */
  content: ArrayBuffer | string;
}

/** 10,000 rows of discounts are ~1 MB; anything far larger is not a batch file. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Step 2: a CSV by drag-and-drop, the file picker, or pasted text. */
export function CsvFileInput({
  onChosen,
  disabled,
}: {
  onChosen: (csv: ChosenCsv) => void;
  disabled?: boolean;
}) {
  const inputId = useId();
  const pasteId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const hydrated = useHydrated();

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(0)} MB; a batch file is at most 20 MB.`,
      );
      return;
    }
    setProblem(null);
    onChosen({ name: file.name, content: await file.arrayBuffer() });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled && hydrated) void take(event.dataTransfer.files[0]);
  };

  return (
    <fieldset className="space-y-3" disabled={disabled || !hydrated}>
      <legend className="text-base font-semibold">2. Upload the CSV</legend>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="csv-drop-zone"
        className={cn(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm",
          dragging && "border-primary bg-primary/5",
        )}
      >
        <Upload aria-hidden="true" className="text-muted-foreground size-6" />
        <p>Drop a .csv file here, or</p>
        <Button variant="secondary" size="sm" onClick={() => fileInput.current?.click()}>
          Choose a CSV file
        </Button>
        <label htmlFor={inputId} className="sr-only">
          CSV file
        </label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            void take(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <p className="text-muted-foreground text-xs">
          UTF-8, first line the column names, at most 10,000 rows.
        </p>
      </div>
      {problem ? (
        <p role="alert" className="text-destructive text-sm">
          {problem}
        </p>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Or paste rows</summary>
        <div className="mt-2 space-y-2">
          <Label htmlFor={pasteId}>CSV text, header line first</Label>
          <textarea
            id={pasteId}
            rows={6}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            className="border-input bg-background w-full rounded-md border px-3 py-2 font-mono text-xs"
          />
          <Button
            variant="secondary"
            size="sm"
            disabled={pasted.trim() === ""}
            onClick={() => onChosen({ name: "pasted rows", content: pasted })}
          >
            Check pasted rows
          </Button>
        </div>
      </details>
    </fieldset>
  );
}
