import { z } from "zod";
import { checkDiscountRules, discountFieldsShape, discountIdSchema } from "@/lib/schemas/discount-fields";
import type { BatchTypeDefinition } from "./batch-type";
import { recordId } from "./cell-converters";
import type { BatchColumn } from "./column-map";
import { discountFieldColumns } from "./discount-columns";

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

const idColumn: BatchColumn = {
  name: "id",
  path: ["discount_id"],
  convert: recordId,
  required: true,
  hint: "The discount's id (see the Discounts page).",
};

export const discountUpdateBatch: BatchTypeDefinition = {
  type: "discount_update",
  label: "Update discount codes",
  summary: "One row per existing discount, named by id. Blank cells leave a field as it is.",
  columns: [idColumn, ...discountFieldColumns({ code: false, value: false }, ["changes"])],
  schema: discountUpdateTaskSchema,
  unique: { column: "id", describe: "id", normalize: (cell) => cell.trim() },
  existingIdColumn: idColumn,
  exampleRows: [
    ["123", "", "", "", "disabled", "", "", "", "", "", "", ""],
    ["124", "", "percentage", "15", "", "", "2027-03-31", "", "", "", "", ""],
  ],
  describeBody: (body) => `#${String(body.discount_id ?? "")}`,
};
