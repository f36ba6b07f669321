// The zod schema of each batch type's task body, kept apart from the definitions (index.ts) that the
// batch pages render from: zod then loads only where rows are checked — the CSV worker in the
// browser and POST /api/batches on the server — not with the list or a batch's page (~30 kB gzip).
import { z } from "zod";
import {
  checkDiscountRules,
  discountCreateBodySchema,
  discountFieldsShape,
  discountIdSchema,
} from "@/lib/schemas/discount-fields";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import type { BatchTypeDefinition } from "./batch-type";
import { batchTypeDefinitions } from "./index";

/**
 * A `discount_update` task names the discount and carries the fields to change apart:
 * `{"discount_id": 123, "changes": {...}}` — the shape reported from Recharge's 2021-11 async-batch
 * examples (sandbox/README.md, "Sources"), not the single `PUT /discounts/{id}` body.
 */
const discountChangesSchema = z
  .strictObject(discountFieldsShape)
  .partial()
  .superRefine(checkDiscountRules)
  .refine(
    (fields) => Object.values(fields).some((value) => value !== undefined),
    "fill at least one column to change besides id",
  );

const discountUpdateTaskSchema = z.strictObject({
  discount_id: discountIdSchema,
  // Blank cells leave no key at all; an absent `changes` reads as "nothing to change".
  changes: z.preprocess((value) => value ?? {}, discountChangesSchema),
});

/** A `discount_delete` task is `{"discount_id": 123}` (sandbox/README.md, "Sources"). */
const discountDeleteTaskSchema = z.strictObject({ discount_id: discountIdSchema });

/** A batch type with the schema each task body is checked with, after its cells are converted. */
export interface CheckedBatchType extends BatchTypeDefinition {
  schema: z.ZodType;
}

/** Every submittable batch type, ready to check rows and bodies with. */
export const checkedBatchTypes: Readonly<Record<SubmittableBatchType, CheckedBatchType>> = {
  discount_create: { ...batchTypeDefinitions.discount_create, schema: discountCreateBodySchema },
  discount_update: { ...batchTypeDefinitions.discount_update, schema: discountUpdateTaskSchema },
  discount_delete: { ...batchTypeDefinitions.discount_delete, schema: discountDeleteTaskSchema },
};
