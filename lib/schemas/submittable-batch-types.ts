// The batch types the dashboard submits and Recharge's batch limits, free of zod: the batch pages
// render from these, and anything a page imports loads with it (the schemas are in batch-submission.ts).

/** Recharge's limits (recharge-api.md §6): 1,000 tasks per add-tasks request, 10,000 per batch. */
export const TASKS_PER_REQUEST = 1000;
export const TASKS_PER_BATCH = 10_000;

/** Batch types the dashboard can submit; another type is a schema and a column map (issue: bulk work). */
export const submittableBatchTypes = ["discount_create", "discount_update", "discount_delete"] as const;
export type SubmittableBatchType = (typeof submittableBatchTypes)[number];
