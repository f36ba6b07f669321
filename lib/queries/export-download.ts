import type {
  ExportEndEvent,
  ExportEvent,
  ExportResource,
  ExportStartEvent,
} from "@/lib/schemas/export-events";
import { ApiClientError } from "./api-error";

export interface ExportRequest {
  resource: ExportResource;
  /** The list's filters and sort as its first page sends them, without paging (exportQueryString). */
  query: string;
  batchId?: number;
}

export interface ExportedFile {
  start: ExportStartEvent;
  end: ExportEndEvent;
  /** The whole file: every page's CSV in order (empty unless the export ended complete or capped). */
  csv: string;
}

/**
 * Runs one export (`POST /api/exports`) and reads its NDJSON events as they stream, telling
 * `onStart` and `onPage` as they come. Resolves with the file once the route says how it ended.
 * Aborting `signal` closes the stream, which stops the walk on the server within one page, and
 * rejects with the AbortError. A refusal (403, 422 …) rejects with the route's ApiClientError; a
 * stream cut off before its end event rejects too: a file without its end is never handed out.
 */
export async function runCsvExport(
  request: ExportRequest,
  handlers: {
    signal: AbortSignal;
    onStart?: (start: ExportStartEvent) => void;
    onPage?: (progress: { rows: number; pages: number }) => void;
  },
): Promise<ExportedFile> {
  let response: Response;
  try {
    response = await fetch("/api/exports", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
      body: JSON.stringify(request),
      signal: handlers.signal,
    });
  } catch (error) {
    if (handlers.signal.aborted) throw error;
    throw new ApiClientError(0, "network_error", "The server could not be reached.");
  }
  if (!response.ok || !response.body) throw await refusalOf(response);

  let start: ExportStartEvent | null = null;
  const chunks: string[] = [];
  for await (const event of ndjsonEvents(response.body, handlers.signal)) {
    if (event.type === "start") {
      start = event;
      handlers.onStart?.(event);
    } else if (event.type === "page") {
      chunks.push(event.csv);
      handlers.onPage?.({ rows: event.totalRows, pages: event.page });
    } else if (start) {
      const kept = event.outcome === "complete" || event.outcome === "capped";
      return { start, end: event, csv: kept ? chunks.join("") : "" };
    }
  }
  throw new ApiClientError(
    0,
    "network_error",
    "The export was cut off before it finished. Nothing was saved: try again.",
  );
}

/** The events of an NDJSON body, one per line, as the bytes arrive. */
async function* ndjsonEvents(body: ReadableStream<Uint8Array>, signal: AbortSignal) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  let buffered = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let newline = buffered.indexOf("\n");
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim() !== "") yield JSON.parse(line) as ExportEvent;
        newline = buffered.indexOf("\n");
      }
    }
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw error instanceof ApiClientError
      ? error
      : new ApiClientError(0, "network_error", "The export was cut off. Nothing was saved: try again.");
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

async function refusalOf(response: Response): Promise<ApiClientError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: Record<string, string[]> };
  } | null;
  return new ApiClientError(
    response.status,
    body?.error?.code ?? "unknown",
    body?.error?.message ?? `The server answered ${response.status}.`,
    body?.error?.fields,
  );
}
