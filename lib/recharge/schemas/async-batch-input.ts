import "server-only";
import { z } from "zod";
import { asyncBatchTypeSchema } from "./async-batch";

/** Recharge takes at most 1,000 tasks per request and 10,000 per batch (recharge-api.md §6). */
export const MAX_TASKS_PER_REQUEST = 1000;
export const MAX_TASKS_PER_BATCH = 10_000;

export const asyncBatchCreateBodySchema = z.strictObject({ batch_type: asyncBatchTypeSchema });
export type AsyncBatchCreateBody = z.infer<typeof asyncBatchCreateBodySchema>;

/** Each task's `body` is the payload the single endpoint would take (e.g. a discount create body). */
export const asyncBatchTaskInputSchema = z.strictObject({ body: z.record(z.string(), z.unknown()) });

export const addTasksBodySchema = z.strictObject({
  tasks: z.array(asyncBatchTaskInputSchema).min(1).max(MAX_TASKS_PER_REQUEST),
});
export type AddTasksBody = z.infer<typeof addTasksBodySchema>;
