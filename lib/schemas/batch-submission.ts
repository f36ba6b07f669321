import { z } from "zod";
import { submittableBatchTypes, TASKS_PER_BATCH, TASKS_PER_REQUEST } from "./submittable-batch-types";
import { optionalReasonSchema } from "./action-reason";

/**
 * The uploaded file behind the tasks: its name, header and the original cells of each submitted row,
 * in task order. Kept by the dashboard so failed tasks can be handed back as the rows they came from.
 */
export const batchSourceSchema = z.strictObject({
  file_name: z.string().trim().max(255, "is too long (255 characters at most)").nullable(),
  columns: z.array(z.string().max(200)).min(1, "name at least one column").max(100, "has too many columns"),
  rows: z.array(z.array(z.string().max(10_000, "holds a value that is too long")).max(100)),
});

/** `POST /api/batches`: the type, the tasks (each the single endpoint's body) and an optional reason. */
export const batchSubmissionInputSchema = z
  .strictObject({
    batch_type: z.enum(submittableBatchTypes, { message: "Choose a batch type." }),
    tasks: z
      .array(z.strictObject({ body: z.record(z.string(), z.unknown()) }))
      .min(1, "Add at least one row.")
      .max(TASKS_PER_BATCH, `A batch holds at most ${TASKS_PER_BATCH.toLocaleString("en-US")} rows.`),
    source: batchSourceSchema.optional(),
    /** The batch whose failed rows these are, when retrying. */
    retry_of: z
      .string()
      .regex(/^\d{1,20}$/, "must be a batch id")
      .optional(),
    reason: optionalReasonSchema,
  })
  .superRefine((input, context) => {
    if (!input.source) return;
    if (input.source.rows.length !== input.tasks.length) {
      context.addIssue({ code: "custom", path: ["source", "rows"], message: "must hold one row per task" });
      return;
    }
    const width = input.source.columns.length;
    const uneven = input.source.rows.findIndex((row) => row.length !== width);
    if (uneven >= 0) {
      context.addIssue({
        code: "custom",
        path: ["source", "rows"],
        message: `row ${uneven + 1} has ${input.source.rows[uneven]?.length} values; columns has ${width}`,
      });
    }
  });
export type BatchSubmissionInput = z.input<typeof batchSubmissionInputSchema>;

/** Splits tasks into add-task requests of at most TASKS_PER_REQUEST, in order. */
export function chunkTasks<T>(tasks: readonly T[], size = TASKS_PER_REQUEST): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < tasks.length; start += size) chunks.push(tasks.slice(start, start + size));
  return chunks;
}
