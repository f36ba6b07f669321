import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import type { BatchTypeDefinition } from "./batch-type";
import { discountCreateBatch } from "./discount-create";
import { discountDeleteBatch } from "./discount-delete";
import { discountUpdateBatch } from "./discount-update";

/** Every batch type the dashboard can submit, in the order they are offered. */
export const batchTypeDefinitions: Readonly<Record<SubmittableBatchType, BatchTypeDefinition>> = {
  discount_create: discountCreateBatch,
  discount_update: discountUpdateBatch,
  discount_delete: discountDeleteBatch,
};

export type { BatchTypeDefinition } from "./batch-type";
