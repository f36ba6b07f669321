import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSandbox, type TestSandbox } from "@/sandbox/test-support";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

// Integration: the app-side outcome filter over a real sandbox's batch of 600 tasks (three pages of
// 250 upstream), since Recharge documents no status filter for a batch's tasks.

const sandbox: TestSandbox = await startTestSandbox({ batchRate: 10_000 });
setInMemoryDemoEnv({ RECHARGE_API_URL: sandbox.url, RECHARGE_API_TOKEN: "sandbox_admin_token" });
const { readBatchTaskPage } = await import("./batch-task-page");
const { ApiError } = await import("@/lib/api/errors");

const FAILING = new Set([10, 300, 590]);
let batchId: number;
let failedIds: number[];

beforeAll(async () => {
  const created = await sandbox.api<{ async_batch: { id: number } }>("POST", "/async_batches", {
    body: { batch_type: "discount_create" },
  });
  batchId = created.body.async_batch.id;
  // A body without `code` fails its task with Recharge's 422; the others create discounts.
  const tasks = Array.from({ length: 600 }, (_, index) => ({
    body: FAILING.has(index)
      ? { value: "5", value_type: "percentage" }
      : { code: `PAGEWALK${index}`, value: "5", value_type: "percentage" },
  }));
  await sandbox.api("POST", `/async_batches/${batchId}/tasks`, { body: { tasks } });
  await sandbox.api("POST", `/async_batches/${batchId}/process`, { body: {} });
  await eventually(async () => {
    const read = await sandbox.api<{ async_batch: { status: string } }>("GET", `/async_batches/${batchId}`);
    return read.body.async_batch.status === "completed" ? true : undefined;
  });
  const all: { id: number; status: string }[] = [];
  let path: string | null = `/async_batches/${batchId}/tasks?sort_by=id-asc&limit=250`;
  while (path) {
    const page: {
      body: { async_batch_tasks: { id: number; status: string }[]; next_cursor: string | null };
    } = await sandbox.api("GET", path);
    all.push(...page.body.async_batch_tasks);
    path = page.body.next_cursor
      ? `/async_batches/${batchId}/tasks?limit=250&cursor=${page.body.next_cursor}`
      : null;
  }
  failedIds = all.filter((task) => task.status === "failed").map((task) => task.id);
});
afterAll(() => sandbox.close());

const signal = new AbortController().signal;

describe("readBatchTaskPage", () => {
  it("walks only the failed tasks across upstream pages, forward and back, in task order", async () => {
    expect(failedIds).toHaveLength(3);
    const seen: number[] = [];
    let page = await readBatchTaskPage(batchId, { status: "failed", sort_by: "id-asc", limit: 1 }, signal);
    seen.push(...page.items.map((task) => task.id));
    const cursors: string[] = [];
    while (page.nextCursor) {
      cursors.push(page.nextCursor);
      page = await readBatchTaskPage(batchId, { cursor: page.nextCursor, limit: 1 }, signal);
      seen.push(...page.items.map((task) => task.id));
    }
    expect(seen).toEqual(failedIds);
    expect(page.items.every((task) => task.status === "failed")).toBe(true);
    // Previous from the last page gives the failed task before it, not a page of everything.
    const back = await readBatchTaskPage(batchId, { cursor: page.previousCursor!, limit: 1 }, signal);
    expect(back.items.map((task) => task.id)).toEqual([failedIds[1]]);
  });

  it("pages every task as Recharge does when no outcome is asked for", async () => {
    const page = await readBatchTaskPage(batchId, { sort_by: "id-asc", limit: 25 }, signal);
    expect(page.items).toHaveLength(25);
    expect(page.nextCursor).not.toBeNull();
  });

  it("refuses an outcome beside a cursor, a forged cursor and an unknown outcome with field errors", async () => {
    const first = await readBatchTaskPage(batchId, { status: "completed", limit: 5 }, signal);
    expect(first.items.every((task) => task.status === "completed")).toBe(true);
    for (const query of [
      { cursor: first.nextCursor, status: "failed" },
      { cursor: "outcome.bm90LWpzb24" },
      { status: "pending" },
    ]) {
      const error = await readBatchTaskPage(batchId, query, signal).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ApiError);
      expect((error as InstanceType<typeof ApiError>).code).toBe("validation_failed");
    }
  });
});
