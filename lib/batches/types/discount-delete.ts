import type { BatchTypeDefinition } from "./batch-type";
import { batchTypeNames } from "./batch-type-names";
import { recordId } from "./cell-converters";
import type { BatchColumn } from "./column-map";

const idColumn: BatchColumn = {
  name: "id",
  path: ["discount_id"],
  convert: recordId,
  required: true,
  hint: "The discount's id.",
};

/** A `discount_delete` task is `{"discount_id": 123}` (its schema: task-schemas.ts). */
export const discountDeleteBatch: BatchTypeDefinition = {
  ...batchTypeNames.discount_delete,
  summary: "One row per discount to delete, named by id. Other columns are ignored.",
  columns: [idColumn],
  unique: { column: "id", describe: "id", normalize: (cell) => cell.trim() },
  existingIdColumn: idColumn,
  exampleRows: [["123"], ["124"]],
};
