import "server-only";
import { z } from "zod";
import { rechargeIdSchema, timestampSchema } from "./common";
import { listEnvelopeSchema } from "./list-envelope";

/** What the single endpoint answered for this task; `output` is its body (an errors body on 422). */
export const asyncBatchTaskResultSchema = z.looseObject({
  status_code: z.number().int(),
  output: z.unknown(),
});

/** One task of an async batch: the single-endpoint payload and, once run, its result. */
export const asyncBatchTaskSchema = z.looseObject({
  id: rechargeIdSchema,
  batch_id: rechargeIdSchema,
  body: z.record(z.string(), z.unknown()),
  completed_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  result: asyncBatchTaskResultSchema.nullable(),
  status: z.string(),
  updated_at: timestampSchema,
});
export type AsyncBatchTask = z.infer<typeof asyncBatchTaskSchema>;

export const asyncBatchTaskListEnvelopeSchema = listEnvelopeSchema("async_batch_tasks", asyncBatchTaskSchema);

/**
 * The answer to adding tasks. Unknown upstream ([l]); the sandbox sends `{"async_batch_tasks": [...],
 * "count": n}`, so both keys are optional and anything else passes through.
 */
export const addTasksResponseSchema = z.looseObject({
  async_batch_tasks: z.array(asyncBatchTaskSchema).optional(),
  count: z.number().int().nonnegative().optional(),
});
export type AddTasksResponse = z.infer<typeof addTasksResponseSchema>;
