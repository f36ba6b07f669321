import { z } from "zod";
import { discountIdSchema } from "@/lib/schemas/discount-fields";
import type { BatchTypeDefinition } from "./batch-type";
import { recordId } from "./cell-converters";

export const discountDeleteBatch: BatchTypeDefinition = {
  type: "discount_delete",
  label: "Delete discount codes",
  summary: "One row per discount to delete, named by id. Other columns are ignored.",
  columns: [{ name: "id", path: ["id"], convert: recordId, required: true, hint: "The discount's id." }],
  schema: z.strictObject({ id: discountIdSchema }),
  unique: { column: "id", describe: "id", normalize: (cell) => cell.trim() },
  existingIdColumn: "id",
  exampleRows: [["123"], ["124"]],
  describeBody: (body) => `#${String(body.id ?? "")}`,
};
