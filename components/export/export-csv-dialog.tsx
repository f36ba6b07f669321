"use client";

import { Dialog } from "radix-ui";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ExportCsvButtonProps } from "./export-csv-button";
import { exportProgressText } from "./export-progress-text";
import { useCsvExport, type CsvExportState } from "./use-csv-export";

const count = (value: number) => value.toLocaleString("en-US");

/**
 * The export's dialog, loaded when "Export CSV" is first clicked: it starts the export at once and
 * shows live progress and Cancel; closing it while it runs cancels the export. Focus goes back to
 * the button that opened it.
 */
export function ExportCsvDialog({
  noun,
  expectedRows,
  onClose,
  ...request
}: ExportCsvButtonProps & { onClose: () => void }) {
  const { state, start, cancel, reset } = useCsvExport();
  // Mounted on open: remember what had focus (the button) and give it back on close.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => () => opener?.focus(), [opener]);
  const [requested] = useState(request);
  useEffect(() => {
    void start(requested);
  }, [start, requested]);
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) {
          reset();
          onClose();
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content className="bg-card text-card-foreground fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Export {noun}</Dialog.Title>
          <Dialog.Description className="text-muted-foreground mt-2 text-sm">
            Every page of this view, with its filters and sort, as a CSV file.
          </Dialog.Description>
          <ExportStatus state={state} expectedRows={expectedRows} />
          <div className="mt-6 flex justify-end gap-2">
            {state.phase === "running" ? (
              <Button variant="secondary" onClick={cancel}>
                Cancel export
              </Button>
            ) : (
              <>
                {state.phase === "failed" || state.phase === "cancelled" ? (
                  <Button variant="secondary" onClick={() => void start(requested)}>
                    Export again
                  </Button>
                ) : null}
                <Dialog.Close asChild>
                  <Button>Close</Button>
                </Dialog.Close>
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ExportStatus({ state, expectedRows }: { state: CsvExportState; expectedRows?: number }) {
  switch (state.phase) {
    case "idle":
      return null;
    case "running": {
      const text = exportProgressText({ ...state, expectedRows });
      return (
        <div role="status" className="mt-4 space-y-1 text-sm">
          <p className="font-medium">Exporting… {text.rows}</p>
          <p className="text-muted-foreground">
            {text.pace}
            {text.timeLeft ? ` · ${text.timeLeft}` : ""}
          </p>
        </div>
      );
    }
    case "saved":
      return state.end.outcome === "capped" ? (
        <div role="alert" className="mt-4 space-y-1 text-sm">
          <p className="font-medium text-amber-700 dark:text-amber-400">{state.end.message}</p>
          <p className="text-muted-foreground">
            Saved the first {count(state.end.rows)} rows as{" "}
            <span className="font-mono">{state.filename}</span>.
          </p>
        </div>
      ) : (
        <p role="status" className="mt-4 text-sm">
          Saved {count(state.end.rows)} {state.end.rows === 1 ? "row" : "rows"} as{" "}
          <span className="font-mono">{state.filename}</span>.
        </p>
      );
    case "cancelled":
      return (
        <p role="status" className="mt-4 text-sm">
          Export cancelled after {count(state.rows)} rows. Nothing was saved.
        </p>
      );
    case "failed":
      return (
        <div role="alert" className="text-destructive mt-4 space-y-1 text-sm">
          <p className="font-medium">{state.message}</p>
          <p>Nothing was saved.</p>
        </div>
      );
  }
}
