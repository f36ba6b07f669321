import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";
import type { Lane } from "@/lib/recharge/transport/leaky-bucket";

// Recharge documents only `ids` as a filter of GET /async_batches/{id}/tasks (recharge-api.md §6), so
// "only the failed tasks" is applied here. A filtered walk reads Recharge's pages in order (250 tasks a
// call, the most a page holds) and keeps the tasks with that outcome; the cursor it hands out wraps
// Recharge's cursor together with the outcome, so the next page continues the same filtered walk.

export const taskOutcomes = ["failed", "completed"] as const;
export type TaskOutcome = (typeof taskOutcomes)[number];

const UPSTREAM_PAGE = 250;
/** Pages read per request at most: a long run without a match answers with fewer rows and a cursor. */
const MAX_PAGES_PER_REQUEST = 4;
const PREFIX = "outcome.";

type Direction = "next" | "previous";
const wrappedCursorSchema = z.strictObject({
  c: z.string().min(1),
  o: z.enum(taskOutcomes),
  d: z.enum(["next", "previous"]),
});

const queryShape = z.strictObject({
  status: z.enum(taskOutcomes, { error: "must be failed or completed" }).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(250).optional(),
  sort_by: z.enum(["id-asc", "id-desc"]).optional(),
});

function wrap(cursor: string | null, outcome: TaskOutcome, direction: Direction): string | null {
  if (cursor === null) return null;
  return PREFIX + Buffer.from(JSON.stringify({ c: cursor, o: outcome, d: direction })).toString("base64url");
}

type Start = { upstream: string; outcome: TaskOutcome | null; direction: Direction };

function unwrap(cursor: string): Start {
  if (!cursor.startsWith(PREFIX)) return { upstream: cursor, outcome: null, direction: "next" };
  try {
    const parsed = wrappedCursorSchema.parse(
      JSON.parse(Buffer.from(cursor.slice(PREFIX.length), "base64url").toString("utf8")),
    );
    return { upstream: parsed.c, outcome: parsed.o, direction: parsed.d };
  } catch {
    throw new ApiError("validation_failed", "The page cursor is not valid.", { cursor: ["Invalid value"] });
  }
}

/**
 * One page of a batch's tasks, optionally only those with one outcome (`status=failed|completed`);
 * `lane: "bulk"` when an export walks them.
 */
export async function readBatchTaskPage(
  batchId: number,
  query: Record<string, unknown>,
  signal: AbortSignal,
  lane?: Lane,
): Promise<ListResult<AsyncBatchTask>> {
  const parsed = queryShape.safeParse(query);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fields[issue.path.join(".") || "query"] ??= []).push(issue.message);
    throw new ApiError("validation_failed", "The task list query is not valid.", fields);
  }
  const { status, cursor, limit, sort_by } = parsed.data;
  if (cursor !== undefined && (status !== undefined || sort_by !== undefined)) {
    throw new ApiError("validation_failed", "Only limit may accompany a cursor.", {
      cursor: ["cannot be combined with status or sort_by; only limit may accompany a cursor"],
    });
  }
  const start = cursor === undefined ? null : unwrap(cursor);
  const outcome = status ?? start?.outcome ?? null;
  const client = getRechargeClient();
  const read = (upstreamCursor: string | null, pageSize: number) =>
    client.asyncBatches.listTasks(
      batchId,
      upstreamCursor === null
        ? { sort_by: sort_by ?? "id-asc", limit: pageSize }
        : { cursor: upstreamCursor, limit: pageSize },
      { signal, lane },
    );

  if (outcome === null) return read(start?.upstream ?? null, limit ?? 50);

  // Forward, pages are read in order and appended; backward (Previous), each page read is the one
  // before the last and goes in front. Either way the answer's cursors are the outer pages' cursors.
  const backward = start?.direction === "previous";
  const kept: AsyncBatchTask[] = [];
  const first = await read(start?.upstream ?? null, UPSTREAM_PAGE);
  let last = first;
  let unreadableCount = first.unreadableCount;
  for (let pages = 1; ; pages++) {
    const matches = last.items.filter((task) => task.status === outcome);
    if (backward) kept.unshift(...matches);
    else kept.push(...matches);
    const onward = backward ? last.previousCursor : last.nextCursor;
    if (!onward || kept.length >= (limit ?? 50) || pages >= MAX_PAGES_PER_REQUEST) break;
    last = await read(onward, UPSTREAM_PAGE);
    unreadableCount += last.unreadableCount;
  }
  const [earliest, latest] = backward ? [last, first] : [first, last];
  return {
    items: kept,
    nextCursor: wrap(latest.nextCursor, outcome, "next"),
    previousCursor: wrap(earliest.previousCursor, outcome, "previous"),
    // Tasks Recharge sent that could not be read, on every page this walk read.
    unreadableCount,
    requestId: last.requestId,
  };
}
