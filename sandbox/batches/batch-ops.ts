// POST /async_batches, /async_batches/{id}/tasks and /async_batches/{id}/process.
import { z } from "zod";
import type { JsonObject } from "../domain/json";
import { created, fieldError, ok, unprocessable, type ApiResult } from "../domain/result";
import { parseInput } from "../domain/validation";
import {
  BATCH_TYPES,
  SUPPORTED_BATCH_TYPES,
  type AsyncBatch,
  type BatchTask,
  type SupportedBatchType,
} from "../store/admin-types";
import type { Store } from "../store/store";

export const MAX_TASKS_PER_REQUEST = 1_000;
export const MAX_TASKS_PER_BATCH = 10_000;
/** One running and one waiting, per store. */
export const MAX_QUEUED_BATCHES = 2;

const createBody = z.object({ batch_type: z.string({ error: "can't be blank" }).trim() });

export function createBatch(store: Store, body: unknown): ApiResult {
  const parsed = parseInput(createBody, body);
  if (!parsed.ok) return parsed.result;
  const type = parsed.data.batch_type;
  if (!(BATCH_TYPES as readonly string[]).includes(type))
    return fieldError("batch_type", "is not included in the list");
  if (!(SUPPORTED_BATCH_TYPES as readonly string[]).includes(type)) {
    return fieldError("batch_type", `${type} is not supported by the sandbox`);
  }
  const now = store.timestamp();
  const batch: AsyncBatch = {
    id: store.nextId("async_batches"),
    batch_type: type as SupportedBatchType,
    closed_at: null,
    created_at: now,
    fail_task_count: 0,
    status: "not_started",
    submitted_at: null,
    success_task_count: 0,
    total_task_count: 0,
    updated_at: now,
    version: "2021-11",
  };
  return created({ async_batch: store.batches.insert(batch) });
}

const tasksBody = z.object({
  tasks: z
    .array(
      z.object({ body: z.record(z.string(), z.json(), "must be an object") }, "must be an object"),
      "can't be blank",
    )
    .min(1, "can't be blank")
    .max(MAX_TASKS_PER_REQUEST, `at most ${MAX_TASKS_PER_REQUEST} tasks per request`),
});

export function addTasks(store: Store, batch: AsyncBatch, body: unknown): ApiResult {
  if (batch.status !== "not_started")
    return fieldError(
      "status",
      `tasks can only be added while the batch is not_started; it is ${batch.status}`,
    );
  const parsed = parseInput(tasksBody, body);
  if (!parsed.ok) return parsed.result;
  const count = parsed.data.tasks.length;
  if (batch.total_task_count + count > MAX_TASKS_PER_BATCH) {
    return unprocessable({
      tasks: [`a batch holds at most ${MAX_TASKS_PER_BATCH} tasks; it has ${batch.total_task_count}`],
    });
  }
  const now = store.timestamp();
  const tasks = parsed.data.tasks.map((task): BatchTask =>
    store.tasks.insert({
      id: store.nextId("tasks"),
      batch_id: batch.id,
      body: task.body as JsonObject,
      completed_at: null,
      created_at: now,
      result: null,
      status: "not_started",
      updated_at: now,
    }),
  );
  store.batches.update(batch, (row) => {
    row.total_task_count += count;
    row.updated_at = now;
  });
  return created({ async_batch_tasks: tasks, count });
}

export function processBatch(store: Store, batch: AsyncBatch, wake: () => void): ApiResult {
  if (batch.status !== "not_started")
    return fieldError("status", `only a not_started batch can be processed; it is ${batch.status}`);
  if (batch.total_task_count === 0) return fieldError("tasks", "the batch has no tasks");
  if (store.batchQueue.length >= MAX_QUEUED_BATCHES) {
    return fieldError(
      "async_batch",
      `at most ${MAX_QUEUED_BATCHES} batches can be queued (one processing, one waiting); try again when one completes`,
    );
  }
  const now = store.timestamp();
  store.batches.update(batch, (row) => {
    row.status = "processing";
    row.submitted_at = now;
    row.updated_at = now;
  });
  store.batchQueue.push(batch.id);
  wake();
  return ok({ async_batch: batch });
}
