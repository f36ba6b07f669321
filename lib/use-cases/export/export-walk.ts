import { isRechargeError } from "@/lib/recharge/recharge-error";
import { sleep } from "@/lib/recharge/transport/retry-policy";
import type { ExportEndEvent, ExportOutcome } from "@/lib/schemas/export-events";
import { cancelledMessage, cappedMessage, failedMessage, timedOutMessage } from "./export-messages";
import type { ExportPage } from "./export-sources";

export interface WalkLimits {
  /** Rows per call: 250, the most a Recharge page holds. */
  pageSize: number;
  /** The most rows one export writes (`EXPORT_MAX_ROWS`). */
  maxRows: number;
  /** How long the walk may go on before it stops and says so (below the function's time limit). */
  maxMs: number;
  now?: () => number;
}

export type WalkEvent = { type: "page"; page: number; rows: string[][]; totalRows: number } | ExportEndEvent;

const PERSISTENT_QUEUE_RETRIES = 5;
const QUEUE_RETRY_PAUSE_MS = 1_000;

/**
 * Walks a list's cursors page by page until the last page, the row cap, the time limit, the signal
 * or a failure, yielding each page's rows and then one `end`. The first page's failure is thrown
 * (the route still answers it as a plain error: bad filters are a 422); later failures end the walk
 * as `failed`. The file never holds a partial lie: past the cap it stops on a whole row and the end
 * says where it stopped; a cap met exactly by the last row is checked with one more read.
 */
export async function* walkExport(
  readPage: (search: string, signal: AbortSignal) => Promise<ExportPage>,
  firstSearch: string,
  limits: WalkLimits,
  signal: AbortSignal,
): AsyncGenerator<WalkEvent, void, undefined> {
  const now = limits.now ?? Date.now;
  const started = now();
  const withLimit = (search: string) => (search ? `${search}&` : "") + `limit=${limits.pageSize}`;
  let search = withLimit(firstSearch);
  let rows = 0;
  let pages = 0;
  const end = (outcome: ExportOutcome, message?: string): WalkEvent => ({
    type: "end",
    outcome,
    rows,
    pages,
    ...(message ? { message } : {}),
  });

  for (;;) {
    if (signal.aborted) return yield end("cancelled", cancelledMessage(rows));
    const elapsed = now() - started;
    if (pages > 0 && elapsed >= limits.maxMs)
      return yield end("capped", timedOutMessage(rows, elapsed / 1000));

    let page: ExportPage;
    try {
      page = await readWithQueueRetries(readPage, search, signal);
    } catch (error) {
      if (signal.aborted) return yield end("cancelled", cancelledMessage(rows));
      if (pages === 0) throw error;
      const reason = error instanceof Error ? error.message : "the read failed";
      return yield end("failed", failedMessage(rows, `Recharge could not be read (${reason})`));
    }

    if (rows >= limits.maxRows) {
      // The cap was met exactly by the previous page: this read only tells whether more rows exist.
      return yield page.rows.length > 0 ? end("capped", cappedMessage(rows)) : end("complete");
    }
    pages += 1;
    const kept = page.rows.slice(0, limits.maxRows - rows);
    rows += kept.length;
    if (kept.length > 0 || pages === 1) yield { type: "page", page: pages, rows: kept, totalRows: rows };
    if (kept.length < page.rows.length) return yield end("capped", cappedMessage(rows));
    if (page.nextCursor === null) return yield end("complete");
    search = withLimit(`cursor=${encodeURIComponent(page.nextCursor)}`);
  }
}

/**
 * A bulk call can wait in the limiter's queue past its 10 s deadline while people's calls go first
 * (nothing was sent then); the walk asks again rather than failing a long export over a busy minute.
 */
async function readWithQueueRetries(
  readPage: (search: string, signal: AbortSignal) => Promise<ExportPage>,
  search: string,
  signal: AbortSignal,
): Promise<ExportPage> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await readPage(search, signal);
    } catch (error) {
      const neverSent = isRechargeError(error) && error.kind === "rate_limited" && error.attempts === 0;
      if (!neverSent || retry >= PERSISTENT_QUEUE_RETRIES || signal.aborted) throw error;
    }
    // A wait the limiter can already tell is too long is refused at once: give the queue a moment.
    await sleep(QUEUE_RETRY_PAUSE_MS, signal);
  }
}
