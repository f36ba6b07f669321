import { z } from "zod";
import { optionalReasonSchema } from "./action-reason";

/** Recharge's limits (recharge-api.md §6): 1,000 tasks per add-tasks request, 10,000 per batch. */
export const TASKS_PER_REQUEST = 1000;
export const TASKS_PER_BATCH = 10_000;

/** Batch types the dashboard can submit; another type is a schema and a column map (issue: bulk work). */
export const submittableBatchTypes = ["discount_create", "discount_update", "discount_delete"] as const;
export type SubmittableBatchType = (typeof submittableBatchTypes)[number];

/** `POST /api/batches`: the type, the tasks (each the single endpoint's body) and an optional reason. */
export const batchSubmissionInputSchema = z.strictObject({
  batch_type: z.enum(submittableBatchTypes, { message: "Choose a batch type." }),
  tasks: z
    .array(z.strictObject({ body: z.record(z.string(), z.unknown()) }))
    .min(1, "Add at least one row.")
    .max(TASKS_PER_BATCH, `A batch holds at most ${TASKS_PER_BATCH.toLocaleString("en-US")} rows.`),
  reason: optionalReasonSchema,
});
export type BatchSubmissionInput = z.input<typeof batchSubmissionInputSchema>;

/** Splits tasks into add-task requests of at most TASKS_PER_REQUEST, in order. */
export function chunkTasks<T>(tasks: readonly T[], size = TASKS_PER_REQUEST): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < tasks.length; start += size) chunks.push(tasks.slice(start, start + size));
  return chunks;
}
