import "server-only";
import { z } from "zod";
import { rechargeIdSchema, timestampSchema } from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** The 2021-11 batch types (recharge-api.md §6). */
export const asyncBatchTypeSchema = z.enum([
  "discount_create",
  "discount_update",
  "discount_delete",
  "onetime_create",
  "onetime_delete",
  "bulk_plans_create",
  "bulk_plans_update",
  "bulk_plans_delete",
]);
export type AsyncBatchType = z.infer<typeof asyncBatchTypeSchema>;

/** Documented lifecycle; the schema takes any string since batch docs are only [l]ikely. */
export const knownAsyncBatchStatuses = ["not_started", "processing", "completed", "failed"] as const;
export const terminalAsyncBatchStatuses: readonly string[] = ["completed", "failed"];

/** A Recharge async batch: a container of up to 10,000 tasks processed in the background. */
export const asyncBatchSchema = z.looseObject({
  id: rechargeIdSchema,
  batch_type: z.string(),
  closed_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  fail_task_count: z.number().int().nonnegative(),
  status: z.string(),
  submitted_at: timestampSchema.nullable(),
  success_task_count: z.number().int().nonnegative(),
  total_task_count: z.number().int().nonnegative(),
  updated_at: timestampSchema,
  version: z.string().nullish(),
});
export type AsyncBatch = z.infer<typeof asyncBatchSchema>;

export const asyncBatchEnvelopeSchema = singleEnvelopeSchema("async_batch", asyncBatchSchema);
export const asyncBatchListEnvelopeSchema = listEnvelopeSchema("async_batches", asyncBatchSchema);
