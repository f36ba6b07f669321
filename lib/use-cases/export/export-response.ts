import "server-only";
import { toCsvLines } from "@/lib/batches/csv/write-csv";
import type { ExportEndEvent, ExportEvent, ExportStartEvent } from "@/lib/schemas/export-events";
import { cancelledMessage, failedMessage } from "./export-messages";
import type { WalkEvent } from "./export-walk";

type EndEvent = ExportEndEvent;

const encoder = new TextEncoder();
const line = (event: ExportEvent) => encoder.encode(`${JSON.stringify(event)}\n`);

/**
 * The export as NDJSON, one event a line: `start`, then a `page` per Recharge page with its rows as
 * CSV (the first page's CSV begins with the header, so the file is every page's `csv` joined), then
 * one `end` with the outcome. The browser counts rows and pages from the events, saves the file only
 * after `end`, and cancels by closing the response, which aborts the walk within the page in flight.
 *
 * `walk` has already produced its first event (so a refused first page was answered as an error);
 * `onEnd` runs exactly once, with the end the walk reached or a cancellation, to audit the export.
 */
export function exportResponse(options: {
  start: ExportStartEvent;
  header: string[];
  first: WalkEvent;
  walk: AsyncGenerator<WalkEvent, void, undefined>;
  abort: AbortController;
  onEnd: (end: EndEvent) => Promise<void>;
}): Response {
  const { start, header, first, walk, abort, onEnd } = options;
  let pending: WalkEvent | null = first;
  let rows = 0;
  let pages = 0;
  let ended = false;

  const finish = async (end: EndEvent) => {
    if (ended) return;
    ended = true;
    await onEnd(end);
  };
  const cancelled = (): EndEvent => ({
    type: "end",
    outcome: "cancelled",
    rows,
    pages,
    message: cancelledMessage(rows),
  });

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(line(start));
    },
    // One page per pull: the walk reads the next page only when the browser has taken the last one.
    async pull(controller) {
      try {
        const event = pending ?? (await walk.next()).value;
        pending = null;
        if (!event) {
          controller.close();
          return;
        }
        if (event.type === "page") {
          rows = event.totalRows;
          pages = event.page;
          const csv = toCsvLines(event.page === 1 ? [header, ...event.rows] : event.rows);
          controller.enqueue(
            line({ type: "page", page: event.page, rows: event.rows.length, totalRows: rows, csv }),
          );
          return;
        }
        controller.enqueue(line(event));
        controller.close();
        await finish(event);
      } catch (error) {
        // The walk ends its own failures as events; reaching here means the browser went away mid-read.
        if (!ended) await finish(abort.signal.aborted ? cancelled() : failedEnd(rows, pages, error));
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      await finish(cancelled());
      await walk.return(undefined).catch(() => undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      // Proxies must pass each page on as it comes, not hold the stream.
      "X-Accel-Buffering": "no",
    },
  });
}

function failedEnd(rows: number, pages: number, error: unknown): EndEvent {
  const reason = error instanceof Error ? error.message : "the export stopped";
  return { type: "end", outcome: "failed", rows, pages, message: failedMessage(rows, reason) };
}
