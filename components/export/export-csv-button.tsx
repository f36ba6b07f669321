"use client";

import { Download } from "lucide-react";
import { Dialog } from "radix-ui";
import { useCan } from "@/components/auth/operator-context";
import { Button } from "@/components/ui/button";
import type { ExportRequest } from "@/lib/queries/export-download";
import { exportProgressText } from "./export-progress-text";
import { useCsvExport, type CsvExportState } from "./use-csv-export";

const count = (value: number) => value.toLocaleString("en-US");

export interface ExportCsvButtonProps extends ExportRequest {
  /** What the list holds, for the dialog's title: "charges", "audit records". */
  noun: string;
  /** Known only for some lists (a batch's tasks): gives an exact time left. */
  expectedRows?: number;
}

/**
 * "Export CSV" beside a list: exports exactly the view's filters and sort, every page, with live
 * progress and Cancel in a dialog. Offered only to roles with `records:export` (the route refuses
 * the rest anyway). Closing the dialog while it runs cancels the export.
 */
export function ExportCsvButton({ noun, expectedRows, ...request }: ExportCsvButtonProps) {
  const allowed = useCan("records:export");
  const { state, start, cancel, reset } = useCsvExport();
  if (!allowed) return null;
  return (
    <Dialog.Root
      open={state.phase !== "idle"}
      onOpenChange={(open) => {
        if (open) void start(request);
        else reset();
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          <Download aria-hidden="true" className="size-4" />
          Export CSV
        </Button>
      </Dialog.Trigger>
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
                  <Button variant="secondary" onClick={() => void start(request)}>
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
