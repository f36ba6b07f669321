"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { downloadCsv } from "@/components/batches/download-csv";
import { getErrorMessage } from "@/lib/queries/api-error";
import { runCsvExport, type ExportRequest } from "@/lib/queries/export-download";
import type { ExportEndEvent } from "@/lib/schemas/export-events";
import { addSample, type ProgressSample } from "@/lib/batches/progress-rate";

export type CsvExportState =
  | { phase: "idle" }
  | {
      phase: "running";
      rows: number;
      pages: number;
      /** Pages read over time, for pages per second and time left. */
      samples: ProgressSample[];
      maxRows: number | null;
      pageSize: number | null;
    }
  | { phase: "saved"; end: ExportEndEvent; filename: string }
  | { phase: "cancelled"; rows: number }
  | { phase: "failed"; message: string; rows: number };

/** `charges-2026-12-06T0552Z.csv` → `charges-2026-12-06T0552Z-first-50000-rows.csv`: the name says it is not all. */
export function cappedFileName(filename: string, rows: number): string {
  return filename.replace(/\.csv$/, `-first-${rows}-rows.csv`);
}

/**
 * One export at a time from a list: start, live progress, cancel. The file is saved only once the
 * route has said how the export ended: whole, or stopped at the cap (then named so); a failed or
 * cancelled export saves nothing, so no partial file can pass for the list.
 */
export function useCsvExport() {
  const [state, setState] = useState<CsvExportState>({ phase: "idle" });
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const start = useCallback(async (request: ExportRequest) => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    let rows = 0;
    setState({
      phase: "running",
      rows: 0,
      pages: 0,
      samples: [{ at: Date.now(), done: 0 }],
      maxRows: null,
      pageSize: null,
    });
    try {
      const file = await runCsvExport(request, {
        signal: abort.signal,
        onStart: (event) =>
          setState((current) =>
            current.phase === "running"
              ? { ...current, maxRows: event.maxRows, pageSize: event.pageSize }
              : current,
          ),
        onPage: (progress) => {
          rows = progress.rows;
          setState((current) =>
            current.phase === "running"
              ? {
                  ...current,
                  ...progress,
                  samples: addSample(current.samples, { at: Date.now(), done: progress.pages }),
                }
              : current,
          );
        },
      });
      const { end, start: begun, csv } = file;
      if (end.outcome === "complete" || end.outcome === "capped") {
        const filename = end.outcome === "capped" ? cappedFileName(begun.filename, end.rows) : begun.filename;
        downloadCsv(filename, csv);
        setState({ phase: "saved", end, filename });
      } else {
        setState({ phase: "failed", message: end.message ?? "The export stopped.", rows: end.rows });
      }
    } catch (error) {
      if (abortRef.current !== abort) return; // closed (reset) or replaced: nothing left to show
      if (abort.signal.aborted) setState({ phase: "cancelled", rows });
      else setState({ phase: "failed", message: getErrorMessage(error), rows });
    } finally {
      if (abortRef.current === abort) abortRef.current = null;
    }
  }, []);

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  const reset = useCallback(() => {
    const running = abortRef.current;
    abortRef.current = null;
    running?.abort();
    setState({ phase: "idle" });
  }, []);

  return { state, start, cancel, reset };
}
