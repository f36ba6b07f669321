"use client";

import { useCallback, useEffect, useRef } from "react";
import type { CheckRequest, CheckResponse } from "@/lib/batches/worker/protocol";

/**
 * Checks a file in the CSV worker (created on first use, ended with the component). Each call gets
 * its own id, so a slow answer to an older file can never replace the newer one's.
 */
export function useCsvCheck() {
  const workerRef = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (response: CheckResponse) => void>());
  const nextId = useRef(1);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  return useCallback((batchType: CheckRequest["batchType"], file: CheckRequest["file"]) => {
    if (!workerRef.current) {
      const worker = new Worker(new URL("../../lib/batches/worker/csv-check.worker.ts", import.meta.url));
      worker.onmessage = (event: MessageEvent<CheckResponse>) => {
        pending.current.get(event.data.id)?.(event.data);
        pending.current.delete(event.data.id);
      };
      // The worker could not start or crashed: answer every waiting check rather than hang.
      worker.onerror = (event) => {
        event.preventDefault();
        for (const [id, resolve] of pending.current) {
          resolve({
            id,
            report: { ok: false, message: "The file could not be checked. Reload the page and try again." },
            elapsedMs: 0,
          });
        }
        pending.current.clear();
        worker.terminate();
        workerRef.current = null;
      };
      workerRef.current = worker;
    }
    const id = nextId.current++;
    const request: CheckRequest = { id, batchType, file };
    return new Promise<CheckResponse>((resolve) => {
      pending.current.set(id, resolve);
      // Bytes are transferred, not copied: the page does not need them afterwards.
      workerRef.current!.postMessage(request, typeof file === "string" ? [] : [file]);
    });
  }, []);
}
